// Tjänsteutlåtanden: memos for the nämnd, drafted from live figures, edited, versioned and
// exported. The memo content schemas live in core (src/core/memo/model.ts); this file only says
// which calls exist and what crosses the boundary.
import * as z from 'zod';
import { defineCall } from './defineCall.ts';
import { name, year } from './common.ts';
import { MEMO_TYPES, memoContentSchema, memoMetadataSchema, memoOptionsSchema, memoSectionsSchema, skrivelseSchema } from '../../core/memo/model.ts';
import { OUTDATED_SOURCES } from '../../core/memo/sourceFingerprints.ts';

const memoId = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const isoTime = z.string().max(40);
const base64 = (maxBytes: number) => z.string().max(Math.ceil(maxBytes / 3) * 4 + 4);

/** Largest Word template accepted, in bytes. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

export const memoSummarySchema = z.strictObject({
  id: memoId,
  district: z.string(),
  unit: z.string(),
  year: z.int(),
  type: z.enum(MEMO_TYPES),
  typeLabel: z.string(),
  title: z.string(),
  dnr: z.string(),
  scenarioName: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** When it was last exported (any format); null if never. */
  exportedAt: isoTime.nullable(),
  /** True when a source the memo's figures use changed after they were computed. */
  outdated: z.boolean(),
  /** Which sources changed, in the order the warning names them (empty when current). */
  outdatedBecause: z.array(z.enum(OUTDATED_SOURCES)),
  /**
   * When the memo's figures were computed (ISO 8601). The warning (core's outdatedText) is written
   * where it is shown, so that its clock is the reader's local time.
   */
  figuresComputedAt: z.string().max(40),
});

export const memoViewSchema = z.strictObject({
  summary: memoSummarySchema,
  /** The memo's scenario, or null. A deleted scenario leaves scenarioMissing true. */
  scenarioId: z.int().nullable(),
  scenarioMissing: z.boolean(),
  /** Increases with every save; a save must name the version it started from. */
  version: z.int().min(1),
  content: memoContentSchema,
  /** The district's default template, or the memo's own choice; null for Lotsplan's layout. */
  templateId: z.int().nullable(),
});

/** The editable parts of a memo; figures are only changed by applyFigureUpdate. */
export const memoEditSchema = z.strictObject({
  metadata: memoMetadataSchema,
  skrivelse: skrivelseSchema.nullable(),
  sections: memoSectionsSchema,
  options: memoOptionsSchema,
});

export const figureChangeSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  /** As the memo prints it now and after the update; "saknas" when there is no value. */
  before: z.string(),
  after: z.string(),
});

export const memoTemplateSchema = z.strictObject({
  id: z.int(),
  district: z.string(),
  name: z.string(),
  sizeBytes: z.int(),
  addedAt: isoTime,
  isDefault: z.boolean(),
  /** Placeholders found in the template that Lotsplan knows. */
  placeholders: z.array(z.string()),
  /** Placeholders found that Lotsplan does not know (listed before every export). */
  unknownPlaceholders: z.array(z.string()),
});

export const memoDefaultsSchema = z.strictObject({
  namnd: z.string().max(300),
  forvaltning: z.string().max(300),
  avdelning: z.string().max(300),
  handlaggare: z.strictObject({ name: z.string().max(300), phone: z.string().max(300) }),
  signatories: z.array(z.strictObject({ name: z.string().max(300), title: z.string().max(300) })).max(2),
});

const memoTarget = z.strictObject({ district: name, unit: name.optional(), year });

export const memoContracts = {
  listMemos: defineCall({
    summary: 'Tjänsteutlåtandena för en enhet (alla år, eller ett år).',
    input: z.strictObject({ district: name, unit: name.optional(), year: year.optional() }),
    output: z.strictObject({ memos: z.array(memoSummarySchema) }),
  }),
  createMemo: defineCall({
    summary: 'Nytt tjänsteutlåtande med standardtexter från enhetens aktuella siffror.',
    input: memoTarget.extend({
      type: z.enum(MEMO_TYPES),
      scenarioId: z.int().nullable().default(null),
      skrivelse: skrivelseSchema.nullable().default(null),
      /** Mask small counts; default on for every type but "eget". */
      mask: z.boolean().optional(),
    }),
    output: memoViewSchema,
  }),
  getMemo: defineCall({
    summary: 'Ett tjänsteutlåtande med innehåll och siffror.',
    input: z.strictObject({ id: memoId }),
    output: memoViewSchema,
  }),
  saveMemo: defineCall({
    summary: 'Sparar en ändring av ett tjänsteutlåtande som en ny version.',
    input: z.strictObject({ id: memoId, baseVersion: z.int().min(1), edit: memoEditSchema }),
    output: memoViewSchema,
  }),
  copyMemo: defineCall({
    summary: 'Kopierar ett tjänsteutlåtande.',
    input: z.strictObject({ id: memoId }),
    output: memoViewSchema,
  }),
  deleteMemo: defineCall({
    summary: 'Tar bort ett tjänsteutlåtande (kan ångras).',
    input: z.strictObject({ id: memoId }),
    output: z.strictObject({ id: memoId, title: z.string() }),
  }),
  undeleteMemo: defineCall({
    summary: 'Ångrar borttagningen av ett tjänsteutlåtande.',
    input: z.strictObject({ id: memoId }),
    output: memoViewSchema,
  }),
  listMemoVersions: defineCall({
    summary: 'Sparade versioner av ett tjänsteutlåtande, nyaste först.',
    input: z.strictObject({ id: memoId }),
    output: z.strictObject({
      versions: z.array(z.strictObject({ version: z.int(), savedAt: isoTime, summary: z.string() })),
    }),
  }),
  getMemoVersion: defineCall({
    summary: 'En sparad version av ett tjänsteutlåtande.',
    input: z.strictObject({ id: memoId, version: z.int().min(1) }),
    output: z.strictObject({ version: z.int(), savedAt: isoTime, content: memoContentSchema }),
  }),
  restoreMemoVersion: defineCall({
    summary: 'Återställer en sparad version (som en ny version).',
    input: z.strictObject({ id: memoId, version: z.int().min(1) }),
    output: memoViewSchema,
  }),
  previewFigureUpdate: defineCall({
    summary: 'Vad ”Uppdatera siffror” skulle ändra: siffra, gammalt och nytt värde.',
    input: z.strictObject({ id: memoId }),
    output: z.strictObject({
      changes: z.array(figureChangeSchema),
      computedAt: isoTime,
      /** Swedish notices, e.g. that the memo's scenario was deleted and the plan is used instead. */
      notices: z.array(z.string()),
    }),
  }),
  applyFigureUpdate: defineCall({
    summary: 'Räknar om tjänsteutlåtandets siffror från aktuell plan och statistik.',
    input: z.strictObject({ id: memoId, baseVersion: z.int().min(1) }),
    output: memoViewSchema,
  }),
  exportMemo: defineCall({
    summary: 'Tjänsteutlåtandet som Word-fil, PDF eller HTML (antecknas som exporterat först med recordMemoExport).',
    input: z.strictObject({
      id: memoId,
      format: z.enum(['docx', 'pdf', 'html']),
      /** A template of the district; undefined for the memo's (or district's) default, null for none. */
      templateId: z.int().nullable().optional(),
      /** A template used for this export only, not saved (the CLI's --template); wins over templateId. */
      template: z.strictObject({ fileName: z.string().min(1).max(255), base64: base64(MAX_TEMPLATE_BYTES) }).optional(),
    }),
    output: z.strictObject({ fileName: z.string(), base64: z.string(), mimeType: z.string(), warnings: z.array(z.string()) }),
  }),
  /**
   * Notes that an exported file was saved: called once the file is on disk, so that a cancelled save
   * dialog or a failed write leaves the memo "inte exporterad" and the audit log without an export.
   */
  recordMemoExport: defineCall({
    summary: 'Antecknar att tjänsteutlåtandet har exporterats och sparats som fil.',
    input: z.strictObject({ id: memoId, format: z.enum(['docx', 'pdf', 'html']) }),
    output: z.strictObject({ exportedAt: isoTime }),
  }),
  listMemoTemplates: defineCall({
    summary: 'Stadsdelens Word-mallar för tjänsteutlåtanden.',
    input: z.strictObject({ district: name }),
    output: z.strictObject({ templates: z.array(memoTemplateSchema) }),
  }),
  addMemoTemplate: defineCall({
    summary: 'Lägger till en Word-mall (.docx med platshållare inom dubbla klammerparenteser).',
    input: z.strictObject({
      district: name,
      fileName: z.string().min(1).max(255),
      base64: base64(MAX_TEMPLATE_BYTES),
      makeDefault: z.boolean().default(false),
    }),
    output: memoTemplateSchema,
  }),
  deleteMemoTemplate: defineCall({
    summary: 'Tar bort en Word-mall.',
    input: z.strictObject({ id: z.int().min(1) }),
    output: z.strictObject({ id: z.int() }),
  }),
  setMemoTemplate: defineCall({
    summary: 'Väljer mall för ett tjänsteutlåtande, eller stadsdelens standardmall.',
    input: z.union([z.strictObject({ memoId, templateId: z.int().nullable() }), z.strictObject({ district: name, templateId: z.int().nullable() })]),
    output: z.strictObject({ templateId: z.int().nullable() }),
  }),
  getMemoDefaults: defineCall({
    summary: 'Stadsdelens standarduppgifter för tjänsteutlåtanden (nämnd, förvaltning, underskrifter).',
    input: z.strictObject({ district: name }),
    output: memoDefaultsSchema,
  }),
  saveMemoDefaults: defineCall({
    summary: 'Sparar stadsdelens standarduppgifter för tjänsteutlåtanden.',
    input: z.strictObject({ district: name, defaults: memoDefaultsSchema }),
    output: memoDefaultsSchema,
  }),
} as const;
