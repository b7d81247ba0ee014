// A unit's monthly statistics as a CSV file with the same columns as the .xlsx template
// (statisticsWorkbook.ts), in the form Swedish Excel reads and writes: semicolons between the
// cells, Windows line ends, and UTF-8 with a byte-order mark so that å, ä and ö come through. The
// import (src/api/import/spreadsheet.ts) reads it back; the counts are plain integers, as a data
// file holds them, and a count that was not counted is an empty cell.
import Papa from 'papaparse';
import type { MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { statisticsSheetRows } from '../../core/statistics/sheet.ts';

export function statisticsCsv(months: readonly MonthlyStatistics[]): Buffer {
  const rows = statisticsSheetRows(months).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
  const text = Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
