// Import asks first: the preview says what an import would change and writes nothing; the
// example-values marker survives an export and an import.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';
import { validExchange } from '../fixtures/exchange.ts';

describe('previewImportExchange', () => {
  it('names what would change and leaves the database untouched', async () => {
    const { ok, file } = apiSetup();
    expect(await ok('previewImportExchange', { text: JSON.stringify(validExchange()) })).toMatchObject({ exists: false, identical: false });
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    const before = dbHash(file);
    const changed = validExchange();
    changed.staff[0].monthlySalary = 40000;
    const preview = await ok('previewImportExchange', { text: JSON.stringify(changed), fileName: 'ny.json' });
    expect(preview).toMatchObject({
      district: 'Spånga-Tensta',
      unit: 'SIG unga',
      year: 2021,
      exists: true,
      identical: false,
      staff: { added: 0, removed: 0, changed: 1 },
    });
    expect(preview.staffDetails).toEqual(['Ändras: Lots: månadslön 39\u00a0000\u00a0kr → 40\u00a0000\u00a0kr.']);
    expect(preview.changes.map((c) => c.label)).toEqual(['Personalkostnad', 'Total kostnad']);
    expect(dbHash(file)).toBe(before);
    expect(await ok('previewImportExchange', { text: JSON.stringify(validExchange()) })).toMatchObject({ exists: true, identical: true });
  });

  it('refuses a bad file as the import does, naming the file', async () => {
    const { call } = apiSetup();
    const result = await call('previewImportExchange', { text: '{', fileName: 'trasig.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Filen trasig.json kunde inte läsas in. Ingenting har ändrats i databasen.');
  });
});

describe('a district near one in the database', () => {
  it('is refused by the preview and the import with a machine-readable reason, and read in as new with newDistrict', async () => {
    const { ok, call, file } = apiSetup();
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    const before = dbHash(file);
    const text = JSON.stringify({ ...validExchange(), district: 'Spånga-Tenstaa', year: 2022 });
    for (const name of ['previewImportExchange', 'importExchange'] as const) {
      const refused = await call(name, { text, fileName: 'ny.json' });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Filen ny.json kunde inte läsas in. Ingenting har ändrats i databasen.',
          details: [expect.stringContaining('Menade du ”Spånga-Tensta”?')],
          reason: { kind: 'nearDistrict', district: 'Spånga-Tenstaa', nearDistrict: 'Spånga-Tensta' },
        },
      });
    }
    expect(dbHash(file)).toBe(before);
    // Other refusals carry no reason.
    const broken = await call('importExchange', { text: '{' });
    expect(broken.ok === false && 'reason' in broken.error).toBe(false);

    expect(await ok('previewImportExchange', { text, newDistrict: true })).toMatchObject({ district: 'Spånga-Tenstaa', exists: false });
    expect(await ok('importExchange', { text, newDistrict: true })).toEqual({ district: 'Spånga-Tenstaa', unit: 'SIG unga', year: 2022, replaced: false });
    expect((await ok('listCatalog', {})).districts.map((d) => d.name)).toEqual(['Spånga-Tensta', 'Spånga-Tenstaa']);
  });
});

describe('the example-values marker in the exchange file', () => {
  it('an exported and imported demo plan still says its amounts are example values', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };
    expect((await ok('getUnitYear', rk)).exampleValues).toBe(true);
    const exported = await ok('exportExchange', rk);
    expect(JSON.parse(exported.text).exampleValues).toBe(true);

    const other = apiSetup();
    await other.ok('importExchange', { text: exported.text });
    expect((await other.ok('getUnitYear', rk)).exampleValues).toBe(true);

    // A file with real amounts over the demo plan clears the marker, and the preview says so.
    const real = JSON.parse(exported.text);
    delete real.exampleValues;
    const preview = await other.ok('previewImportExchange', { text: JSON.stringify(real) });
    expect(preview.changes).toEqual([{ label: 'Beloppen', before: 'exempelvärden', after: 'verkliga' }]);
    await other.ok('importExchange', { text: JSON.stringify(real) });
    expect((await other.ok('getUnitYear', rk)).exampleValues).toBe(false);
  });
});
