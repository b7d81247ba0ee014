import { describe, expect, it } from 'vitest';
import { demoStatisticsSummary, demoUnitYearSummary, exchangeImportSummary, unitYearLabel, unitYearEditSummary } from '../../../src/core/audit/summaries.ts';

const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

describe('audit summaries', () => {
  it('name the unit-year the way the log shows it', () => {
    expect(unitYearLabel(rk)).toBe('SIG vuxna (Rinkeby-Kista) 2020');
    expect(exchangeImportSummary(rk, false)).toBe('Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(exchangeImportSummary(rk, true)).toBe('Ersatte SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(demoUnitYearSummary(rk)).toBe('Läste in demodata för SIG vuxna (Rinkeby-Kista) 2020.');
    expect(demoStatisticsSummary(12, 'SIG vuxna', 'Farsta')).toBe('Läste in demodata: månadsstatistik för 12 månader, SIG vuxna (Farsta).');
  });

  it('mark undo and redo, and leave an edit as it is', () => {
    expect(unitYearEditSummary('edit', 'Ändrade lön')).toBe('Ändrade lön');
    expect(unitYearEditSummary('undo', 'Ändrade lön')).toBe('Ångrade: Ändrade lön');
    expect(unitYearEditSummary('redo', 'Ändrade lön')).toBe('Gjorde om: Ändrade lön');
  });
});
