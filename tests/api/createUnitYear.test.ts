// The first run's createUnitYear: an empty plan with the given PO-pålägg and caseload, in the
// catalog at once; a second plan for the same unit-year and bad values are refused, nothing written.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from './support.ts';

const NEW = { district: 'Skärholmen', unit: 'SIG unga', year: 2024, poPercent: 44.53, caseloadPerLots: 6 };

describe('createUnitYear', () => {
  it('creates an empty plan that the catalog, the figures and the audit log then show', async () => {
    const { ok } = apiSetup();
    expect(await ok('createUnitYear', NEW)).toEqual({ district: 'Skärholmen', unit: 'SIG unga', year: 2024 });
    const catalog = await ok('listCatalog', {});
    expect(catalog.districts.map((d) => d.name)).toEqual(['Skärholmen']);
    const unitYear = await ok('getUnitYear', { district: 'Skärholmen', unit: 'SIG unga', year: 2024 });
    expect(unitYear.plan).toMatchObject({ poPercent: 44.53, caseloadPerLots: 6, staff: [], otherCosts: [], funding: [], demand: null });
    const log = await ok('listAuditLog', {});
    expect(log.entries[0]?.summary).toBe('Skapade en tom plan för SIG unga (Skärholmen) 2024.');
  });

  it('refuses a unit-year that exists, and values out of range, in Swedish, changing nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('createUnitYear', NEW);
    const before = dbHash(file);
    const again = await call('createUnitYear', { ...NEW, poPercent: 40 });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Det finns redan en plan för SIG unga (Skärholmen) 2024. Ingenting har ändrats.' },
    });
    const badPo = await call('createUnitYear', { ...NEW, year: 2025, poPercent: 140 });
    expect(badPo.ok).toBe(false);
    if (!badPo.ok) expect(badPo.error.details?.join('\n')).toContain('får vara högst 100');
    const badCaseload = await call('createUnitYear', { ...NEW, year: 2025, caseloadPerLots: 0 });
    expect(badCaseload.ok).toBe(false);
    if (!badCaseload.ok) expect(badCaseload.error.details?.join('\n')).toMatch(/Deltagare per lots på heltid: .*0/);
    expect(dbHash(file)).toBe(before);
  });
});
