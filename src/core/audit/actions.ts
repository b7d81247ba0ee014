// The kinds of change the audit log records, with their Swedish names.
export const AUDIT_ACTION_LABELS = {
  import: 'Import',
  demo: 'Demodata',
  edit: 'Ändring',
  undo: 'Ångrad ändring',
  redo: 'Ändring gjord om',
  restore: 'Återställning',
  newDatabase: 'Ny databas',
  statistics: 'Månadsstatistik',
  memo: 'Tjänsteutlåtande',
} as const;

export type AuditActionCode = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTION_LABELS) as AuditActionCode[];
