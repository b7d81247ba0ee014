// The city-wide compilation as an .xlsx workbook: one row per unit, a total row, hidden counts as
// "–" with a note under the table, amounts in whole kronor.
import { loadExcelJS } from '../files/loadExcelJS.ts';
import { COMPILATION_HEADINGS, unitsText, type CityCompilation, type CompilationRow } from '../../core/compilation/cityCompilation.ts';

const HIDDEN = '–';

export async function compilationWorkbook(c: CityCompilation, createdAt = new Date()): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lotsplan';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet(`Sammanställning ${c.year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  const periodHeads = c.periods.map((p) => `Finansiering period ${p} (kr)`);
  const hasUnperiodized = c.rows.some((r) => r.fundingByPeriod[''] !== undefined);
  sheet.addRow([
    'Stadsdel',
    'Enhet',
    `${COMPILATION_HEADINGS.lotsarFte} (årsarbetare)`,
    COMPILATION_HEADINGS.capacity,
    COMPILATION_HEADINGS.enrolled,
    COMPILATION_HEADINGS.men,
    COMPILATION_HEADINGS.women,
    COMPILATION_HEADINGS.otherGender,
    COMPILATION_HEADINGS.genderUnknown,
    COMPILATION_HEADINGS.touched,
    COMPILATION_HEADINGS.queue,
    ...periodHeads,
    ...(hasUnperiodized ? ['Finansiering utan period (kr)'] : []),
    'Finansiering totalt (kr)',
    'Total kostnad (kr)',
    'Kostnad per deltagare (kr)',
  ]);
  const cells = (r: Omit<CompilationRow, 'district' | 'unit' | 'utilization'>) => [
    r.lotsarFte,
    r.capacity,
    r.enrolled,
    r.gender.men ?? HIDDEN,
    r.gender.women ?? HIDDEN,
    r.gender.otherGender ?? HIDDEN,
    r.gender.genderUnknown ?? HIDDEN,
    r.touched,
    r.queue,
    ...c.periods.map((p) => r.fundingByPeriod[p] ?? 0),
    ...(hasUnperiodized ? [r.fundingByPeriod[''] ?? 0] : []),
    r.funding,
    r.totalCost,
    r.costPerParticipant === null ? '' : Math.round(r.costPerParticipant),
  ];
  for (const r of c.rows) sheet.addRow([r.district, r.unit, ...cells(r)]);
  const total = sheet.addRow(['Hela staden', unitsText(c.totals.units), ...cells(c.totals)]);
  total.font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'bottom' };
  sheet.columns.forEach((column, i) => {
    column.width = i < 2 ? 22 : 14;
    // "#,##0" is Excel's grouping; Swedish Excel shows it with spaces.
    if (i >= 11) column.numFmt = '#,##0';
  });
  sheet.addRow([]);
  sheet.addRow([c.summary]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
