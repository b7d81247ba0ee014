import type { Handler } from './handler.ts';
import { AUDIT_ACTION_LABELS } from '../../core/audit/actions.ts';
import { formatDateTable } from '../../core/format/index.ts';
import { auditWorkbook } from '../export/auditWorkbook.ts';

/** Exports at most this many entries; a filter narrows a longer log. */
const MAX_EXPORT = 100_000;

export const listAuditLog: Handler<'listAuditLog'> = async (ctx, input) => {
  const { total, entries } = await (await ctx.getStore()).auditLog(input);
  return { total, entries: entries.map((e) => ({ ...e, actionLabel: AUDIT_ACTION_LABELS[e.action] ?? e.action })) };
};

export const exportAuditLog: Handler<'exportAuditLog'> = async (ctx, input) => {
  const { entries } = await (await ctx.getStore()).auditLog({ ...input, limit: MAX_EXPORT, offset: 0 });
  const bytes = await auditWorkbook(entries);
  const today = formatDateTable(new Date());
  return { fileName: `lotsplan-andringslogg-${today}.xlsx`, base64: bytes.toString('base64'), rows: entries.length };
};
