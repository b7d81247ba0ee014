// The audit log as a real .xlsx workbook (exceljs): a Swedish header row, frozen and bold,
// times as date cells, before and after as JSON text.
import { loadExcelJS } from '../files/loadExcelJS.ts';
import type { AuditEntry } from '../../store/repositories/auditLog.ts';
import { AUDIT_ACTION_LABELS } from '../../core/audit/actions.ts';

/** Excel limits a cell to 32 767 characters; longer snapshots are cut with a note. */
const MAX_CELL = 32_000;

function snapshot(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)} … (avkortat)` : text;
}

export async function auditWorkbook(entries: readonly AuditEntry[], createdAt = new Date()): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lotsplan';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('Ändringslogg', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Tid', key: 'at', width: 18, style: { numFmt: 'yyyy-mm-dd hh:mm' } },
    { header: 'Användare', key: 'user', width: 16 },
    { header: 'Typ', key: 'action', width: 18 },
    { header: 'Vad', key: 'summary', width: 70 },
    { header: 'Stadsdel', key: 'district', width: 20 },
    { header: 'Enhet', key: 'unit', width: 16 },
    { header: 'År', key: 'year', width: 8 },
    { header: 'Före', key: 'before', width: 40 },
    { header: 'Efter', key: 'after', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    sheet.addRow({
      at: new Date(e.at),
      user: e.osUser,
      action: AUDIT_ACTION_LABELS[e.action] ?? e.action,
      summary: e.summary,
      district: e.district ?? '',
      unit: e.unit ?? '',
      year: e.year ?? '',
      before: snapshot(e.before),
      after: snapshot(e.after),
    });
  }
  sheet.autoFilter = { from: 'A1', to: 'I1' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
