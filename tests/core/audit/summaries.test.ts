import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  demoStatisticsSummary,
  demoUnitYearSummary,
  demoWriteText,
  emptyPlanSummary,
  exchangeImportSummary,
  memoTemplateRemovedSummary,
  unitYearLabel,
  unitYearEditSummary,
  unitYearsCountText,
} from '../../../src/core/audit/summaries.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

describe('audit summaries', () => {
  it('name the unit-year the way the log shows it', () => {
    expect(unitYearLabel(rk)).toBe('SIG vuxna (Rinkeby-Kista) 2020');
    expect(exchangeImportSummary(rk, false)).toBe('Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(exchangeImportSummary(rk, true)).toBe('Ersatte SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil.');
    expect(demoUnitYearSummary(rk)).toBe('Läste in demodata för SIG vuxna (Rinkeby-Kista) 2020.');
    expect(emptyPlanSummary(rk)).toBe('Skapade en tom plan för SIG vuxna (Rinkeby-Kista) 2020.');
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

  it('count unit-years as running text does, for the demo data and a failed write of it', () => {
    expect(unitYearsCountText(0)).toBe('inga enhetsår');
    expect(unitYearsCountText(1)).toBe('ett enhetsår');
    expect(unitYearsCountText(7)).toBe('sju enhetsår');
    expect(unitYearsCountText(12)).toBe('tolv enhetsår');
    expect(unitYearsCountText(13)).toBe('13 enhetsår');
    expect(unitYearsCountText(1200)).toBe('1\u00a0200 enhetsår');
    expect(demoWriteText(12, null)).toBe('spara tolv enhetsår');
    expect(demoWriteText(1, rk)).toBe('spara ett enhetsår (felet gällde SIG vuxna (Rinkeby-Kista) 2020)');
    expect(demoWriteText(2, rk)).toBe('spara två enhetsår (felet gällde SIG vuxna (Rinkeby-Kista) 2020)');
    expect(demoWriteText(0, null)).toBe('spara demodatan');
  });

  it('never write a count of unit-years 1–12 in digits, and one is "ett enhetsår" (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.boolean(), (n, failed) => {
        const text = demoWriteText(n, failed ? rk : null);
        const words = n === 1 ? 'ett' : n <= 12 ? countInText(n) : formatNumber(n);
        expect(unitYearsCountText(n)).toBe(`${words} enhetsår`);
        expect(text.startsWith(`spara ${words} enhetsår`)).toBe(true);
        if (n <= 12) expect(text).not.toMatch(/spara \d/);
      }),
    );
  });

  it('mark undo and redo, and leave an edit as it is', () => {
    expect(unitYearEditSummary('edit', 'Ändrade lön')).toBe('Ändrade lön');
    expect(unitYearEditSummary('undo', 'Ändrade lön')).toBe('Ångrade: Ändrade lön');
    expect(unitYearEditSummary('redo', 'Ändrade lön')).toBe('Gjorde om: Ändrade lön');
  });
});
