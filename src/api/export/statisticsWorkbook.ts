// A unit's monthly statistics as an .xlsx workbook with the same columns that the import reads,
// so that the export doubles as the template to fill in. The month is text ("2021-01"), not a date,
// so that Excel does not turn it into a day.
import { loadExcelJS } from '../files/loadExcelJS.ts';
import type { MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { statisticsSheetRows } from '../../core/statistics/sheet.ts';

export async function statisticsWorkbook(
  unit: { district: string; unit: string },
  months: readonly MonthlyStatistics[],
  createdAt = new Date(),
): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lotsplan';
  workbook.created = createdAt;
  workbook.title = `Månadsstatistik ${unit.unit} (${unit.district})`;
  const sheet = workbook.addWorksheet('Månadsstatistik', { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...rows] = statisticsSheetRows(months);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'bottom' };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 12 : 14;
  });
  sheet.getColumn(1).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
