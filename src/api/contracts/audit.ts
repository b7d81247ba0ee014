// Calls for the audit log (ändringslogg): read with filters, and export to .xlsx.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { AUDIT_ACTION_CODES } from '../../core/audit/actions.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum som 2026-11-22');

export const auditFilterSchema = z.strictObject({
  district: z.string().trim().min(1).max(200).optional(),
  unit: z.string().trim().min(1).max(200).optional(),
  year: z.int().min(2000).max(2100).optional(),
  action: z.enum(AUDIT_ACTION_CODES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().trim().min(1).max(200).optional(),
});

export const auditEntrySchema = z.strictObject({
  id: z.int(),
  at: z.string(),
  osUser: z.string(),
  action: z.enum(AUDIT_ACTION_CODES),
  actionLabel: z.string(),
  summary: z.string(),
  district: z.string().nullable(),
  unit: z.string().nullable(),
  year: z.int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** How many entries one page of the log may ask for (the CLI's --limit names the same bounds). */
export const AUDIT_PAGE_LIMIT = { min: 1, max: 1000 } as const;

export const auditContracts = {
  listAuditLog: defineCall({
    summary: 'Ändringsloggen, nyast först, med filter.',
    input: auditFilterSchema.extend({
      limit: z.int().min(AUDIT_PAGE_LIMIT.min).max(AUDIT_PAGE_LIMIT.max).default(100),
      offset: z.int().min(0).max(10_000_000).default(0),
    }),
    output: z.strictObject({ total: z.int(), entries: z.array(auditEntrySchema) }),
  }),
  exportAuditLog: defineCall({
    summary: 'Ändringsloggen som Excel-fil (.xlsx), med samma filter.',
    input: auditFilterSchema,
    output: z.strictObject({ fileName: z.string(), base64: z.string(), rows: z.int() }),
  }),
} as const;
