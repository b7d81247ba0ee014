// exceljs is loaded on first use: it is a few hundred modules, and most calls (and most CLI
// commands) never read or write a workbook, so loading it with the API would slow every start.
import type ExcelJSModule from 'exceljs';

let loading: Promise<typeof ExcelJSModule> | null = null;

export function loadExcelJS(): Promise<typeof ExcelJSModule> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
