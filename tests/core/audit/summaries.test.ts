import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  demoStatisticsSummary,
  demoUnitYearSummary,
  exchangeImportSummary,
  memoTemplateRemovedSummary,
  unitYearLabel,
  unitYearEditSummary,
} from '../../../src/core/audit/summaries.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

describe('audit summaries', () => {
  it('name the unit-year the way the log shows it', () => {
    expect(unitYearLabel(rk)).toBe('SIG vuxna (Rinkeby-Kista) 2020');
    expect(exchangeImportSummary(rk, false)).toBe('Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(exchangeImportSummary(rk, true)).toBe('Ersatte SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(demoUnitYearSummary(rk)).toBe('Läste in demodata för SIG vuxna (Rinkeby-Kista) 2020.');
    expect(demoStatisticsSummary(12, 'SIG vuxna', 'Farsta')).toBe('Läste in demodata: månadsstatistik för tolv månader, SIG vuxna (Farsta).');
    expect(demoStatisticsSummary(1, 'SIG vuxna', 'Farsta')).toBe('Läste in demodata: månadsstatistik för en månad, SIG vuxna (Farsta).');
    expect(demoStatisticsSummary(1200, 'SIG vuxna', 'Farsta')).toBe('Läste in demodata: månadsstatistik för 1\u00a0200 månader, SIG vuxna (Farsta).');
  });

  it('write counts as running text does: words up to twelve, Swedish digits above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100_000 }), (n) => {
        const words = n <= 12 ? countInText(n) : formatNumber(n);
        expect(demoStatisticsSummary(n, 'SIG unga', 'Farsta')).toBe(`Läste in demodata: månadsstatistik för ${words} månader, SIG unga (Farsta).`);
        expect(memoTemplateRemovedSummary('mall.docx', 'Farsta', n)).toBe(
          `Tog bort Word-mallen ”mall.docx” i Farsta; ${words} tjänsteutlåtanden som använde den får Lotsplans eget utseende.`,
        );
        expect(demoStatisticsSummary(n, 'SIG unga', 'Farsta')).not.toMatch(/\d{4}/);
      }),
    );
  });

  it('name the memos that used a removed template, or none', () => {
    expect(memoTemplateRemovedSummary('mall.docx', 'Rinkeby-Kista', 0)).toBe('Tog bort Word-mallen ”mall.docx” i Rinkeby-Kista.');
    expect(memoTemplateRemovedSummary('mall.docx', 'Rinkeby-Kista', 1)).toBe(
      'Tog bort Word-mallen ”mall.docx” i Rinkeby-Kista; ett tjänsteutlåtande som använde den får Lotsplans eget utseende.',
    );
    expect(memoTemplateRemovedSummary('mall.docx', 'Rinkeby-Kista', 3)).toBe(
      'Tog bort Word-mallen ”mall.docx” i Rinkeby-Kista; tre tjänsteutlåtanden som använde den får Lotsplans eget utseende.',
    );
  });

  it('mark undo and redo, and leave an edit as it is', () => {
    expect(unitYearEditSummary('edit', 'Ändrade lön')).toBe('Ändrade lön');
    expect(unitYearEditSummary('undo', 'Ändrade lön')).toBe('Ångrade: Ändrade lön');
    expect(unitYearEditSummary('redo', 'Ändrade lön')).toBe('Gjorde om: Ändrade lön');
  });
});
