// Look-alike names never double a district or a unit: they are normalised on the way in, refused
// when they hide characters, and found again without regard to case or Unicode form.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { openStore } from '../../src/store/index.ts';
import { samplePlan } from '../store/helpers.ts';

const exchange = (district: string, unit = 'SIG unga', extra: Record<string, unknown> = {}) => JSON.stringify({ ...validExchange(), district, unit, ...extra });

describe('names of districts and units', () => {
  it('refuses a name with a zero-width space, a bidi override or a lone surrogate, naming the field, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('importExchange', { text: exchange('Rinkeby-Kista') });
    const before = dbHash(file);
    const cases: Array<[string, string, string]> = [
      [exchange('\u200bRinkeby-Kista\u200b'), 'Stadsdelsförvaltning: innehåller ett osynligt tecken utan bredd (U+200B) på plats 1', 'district'],
      [exchange('Rinkeby-Kista', 'SIG \u202eagnu'), 'Enhet: innehåller ett osynligt tecken som ändrar textens riktning (U+202E)', 'unit'],
      // A lone surrogate written as a JSON escape, as a broken program would write it.
      [
        exchange('Rinkeby-Kista').replace('"Rinkeby-Kista"', '"Rinkeby-Kista\\ud800"'),
        'Stadsdelsförvaltning: innehåller ett ofullständigt tecken (U+D800',
        'district',
      ],
      [exchange('Rinkeby-Kista', 'SIG\u0007unga'), 'Enhet: innehåller ett styrtecken (U+0007)', 'unit'],
    ];
    for (const [text, message] of cases) {
      const result = await call('importExchange', { text });
      expect(result.ok, message).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toContain('Ingenting har ändrats');
        expect(result.error.details?.join('\n')).toContain(message);
      }
    }
    expect(dbHash(file)).toBe(before);
  });

  it('stores the NFC form, trimmed and with single spaces', async () => {
    const { ok } = apiSetup();
    const imported = await ok('importExchange', { text: exchange('  Ha\u0308sselby-Va\u0308llingby ', 'SIG \u00a0 unga') });
    expect(imported).toMatchObject({ district: 'Hässelby-Vällingby', unit: 'SIG unga' });
    expect((await ok('listCatalog', {})).districts).toEqual([{ name: 'Hässelby-Vällingby', units: [{ name: 'SIG unga', years: [2021] }] }]);
  });

  it('finds the stored district and unit for another case or Unicode form, so Hela staden counts them once', async () => {
    const { ok } = apiSetup();
    await ok('importExchange', { text: exchange('Hässelby-Vällingby') });
    await ok('importExchange', { text: exchange('Ha\u0308sselby-Va\u0308llingby', 'sig UNGA', { year: 2022 }) });
    await ok('importExchange', { text: exchange('HÄSSELBY-VÄLLINGBY', 'SIG unga', { year: 2021, caseloadPerLots: 8 }) });
    await ok('importExchange', { text: exchange('Rinkeby-Kista') });
    const catalog = (await ok('listCatalog', {})).districts;
    expect(catalog).toEqual([
      { name: 'Hässelby-Vällingby', units: [{ name: 'SIG unga', years: [2021, 2022] }] },
      { name: 'Rinkeby-Kista', units: [{ name: 'SIG unga', years: [2021] }] },
    ]);
    // The third import replaced 2021 of the stored unit instead of adding a unit.
    expect((await ok('getUnitYear', { district: 'ha\u0308sselby-va\u0308llingby', unit: 'SIG UNGA', year: 2021 })).plan.caseloadPerLots).toBe(8);
    const city = await ok('getCityCompilation', { year: 2021, maskBelow: null });
    expect(city.compilation!.totals).toMatchObject({ districts: 2, units: 2 });
  });

  it('finds a district written by an older version with an invisible character instead of adding a second one', async () => {
    const { ok, file } = apiSetup();
    // Written straight to the store, as before the rule existed.
    const store = await openStore(file);
    await store.replaceUnitYear(samplePlan({ district: '\u200bRinkeby-Kista\u200b', unit: 'SIG vuxna', year: 2020 }));
    await store.close();
    await ok('importExchange', { text: exchange('Rinkeby-Kista', 'SIG vuxna', { year: 2021 }) });
    const catalog = (await ok('listCatalog', {})).districts;
    expect(catalog).toHaveLength(1);
    expect(catalog[0]!.units).toEqual([{ name: 'SIG vuxna', years: [2020, 2021] }]);
  });
});
