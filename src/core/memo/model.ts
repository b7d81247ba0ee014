// The tjänsteutlåtande (memo for the nämnd) as it is stored: metadata, sections as rich text,
// options, and a snapshot of every figure it cites. Everything a memo shows is derived from this
// value and nothing else, so an exported memo can always be reproduced and explained later.
//
// Rich text is a small, closed subset of the ProseMirror/Tiptap JSON the editor works in (so the
// editor needs no conversion), with one custom inline node, `figure`, that cites a figure of the
// catalogue by key. The schema is strict: anything a paste from Word may bring (styles, images,
// spans, links to elsewhere) is not part of it and is removed by sanitizeRichText before saving.
import * as z from 'zod';

/** Memo types, in the order the app offers them. */
export const MEMO_TYPES = ['skrivelse', 'redovisning', 'bemanning', 'eget'] as const;
export type MemoType = (typeof MEMO_TYPES)[number];

export const MEMO_TYPE_LABELS: Record<MemoType, string> = {
  skrivelse: 'Svar på skrivelse',
  redovisning: 'Redovisning/uppföljning',
  bemanning: 'Underlag om bemanning/ansökan om medel',
  eget: 'Eget ärende',
};

/** The standard sections of a tjänsteutlåtande, in their fixed order. */
export const SECTION_KEYS = [
  'forslagTillBeslut',
  'sammanfattning',
  'bakgrund',
  'arendetsBeredning',
  'arendet',
  'jamstalldhetsanalys',
  'barnrattsperspektiv',
  'synpunkter',
  'bilagor',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_HEADINGS: Record<SectionKey, string> = {
  forslagTillBeslut: 'Förslag till beslut',
  sammanfattning: 'Sammanfattning',
  bakgrund: 'Bakgrund',
  arendetsBeredning: 'Ärendets beredning',
  arendet: 'Ärendet',
  jamstalldhetsanalys: 'Jämställdhetsanalys',
  barnrattsperspektiv: 'Barnrättsperspektiv',
  synpunkter: 'Förvaltningens synpunkter och förslag',
  bilagor: 'Bilagor',
};

/** Longest text of one section, in UTF-16 code units of its plain text. */
export const MAX_SECTION_CHARS = 100_000;
/** Longest single metadata field. */
export const MAX_FIELD_CHARS = 300;

// ---- Rich text -----------------------------------------------------------------------------

export const TEXT_MARKS = ['bold', 'italic'] as const;

export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(MAX_SECTION_CHARS),
  marks: z
    .array(z.strictObject({ type: z.enum(TEXT_MARKS) }))
    .max(2)
    .optional(),
});

/** A cited figure; `key` is a key of the figure catalogue (see figureCatalogue.ts). */
export const figureNodeSchema = z.strictObject({
  type: z.literal('figure'),
  attrs: z.strictObject({ key: z.string().min(1).max(80) }),
});

export const hardBreakSchema = z.strictObject({ type: z.literal('hardBreak') });

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, figureNodeSchema, hardBreakSchema]);
export type InlineNode = z.output<typeof inlineNodeSchema>;

export const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(inlineNodeSchema).max(5000).optional(),
});
export type ParagraphNode = z.output<typeof paragraphSchema>;

export const listItemSchema = z.strictObject({
  type: z.literal('listItem'),
  content: z.array(paragraphSchema).min(1).max(50),
});

export const bulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  content: z.array(listItemSchema).min(1).max(500),
});

export const orderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({ start: z.int().min(1).max(1000) })
    .partial()
    .passthrough()
    .optional(),
  content: z.array(listItemSchema).min(1).max(500),
});

/** A quotation, e.g. a question of a skrivelse. */
export const blockquoteSchema = z.strictObject({
  type: z.literal('blockquote'),
  content: z.array(paragraphSchema).min(1).max(200),
});

export const blockNodeSchema = z.discriminatedUnion('type', [paragraphSchema, bulletListSchema, orderedListSchema, blockquoteSchema]);
export type BlockNode = z.output<typeof blockNodeSchema>;

export const richTextSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(blockNodeSchema).max(5000),
});
export type RichText = z.output<typeof richTextSchema>;

// ---- Metadata ------------------------------------------------------------------------------

const field = z.string().max(MAX_FIELD_CHARS);

export const signatorySchema = z.strictObject({ name: field, title: field });
export type Signatory = z.output<typeof signatorySchema>;

export const attestationSchema = z.strictObject({ name: field, title: field, date: field });

export const memoMetadataSchema = z.strictObject({
  /** "Rinkeby-Kista stadsdelsnämnd", "Socialnämnden". */
  namnd: field,
  /** "Rinkeby-Kista stadsdelsförvaltning". */
  forvaltning: field,
  /** "Avdelningen individ och familj". */
  avdelning: field,
  title: field,
  /** The subtitle under the title, e.g. "Svar på skrivelse från Niklas Thorén m.fl. (V)". */
  subtitle: field,
  dnr: field,
  /** ISO date "2020-01-22", or "" while not yet set. */
  date: z.union([z.literal(''), z.iso.date()]),
  handlaggare: z.strictObject({ name: field, phone: field }),
  /** One or two, side by side under the text. */
  signatories: z.array(signatorySchema).max(2),
  /** The names of the attachments, in order. */
  bilagor: z.array(field).max(30),
  /** "Attesterat av": names, titles and dates; empty for none. */
  attestations: z.array(attestationSchema).max(6),
});
export type MemoMetadata = z.output<typeof memoMetadataSchema>;

/** What a skrivelse (the reference memo) brings, for a memo of type skrivelse. */
export const skrivelseSchema = z.strictObject({
  /** ISO date of the skrivelse, or "". */
  date: z.union([z.literal(''), z.iso.date()]),
  /** "Niklas Thorén m.fl. (V)". */
  authors: field,
  /** The skrivelse's own text, quoted under Ärendet. */
  background: z.string().max(20_000),
  /** Its questions in order; each is quoted and answered under Ärendet. */
  questions: z.array(z.string().min(1).max(2000)).max(20),
});
export type Skrivelse = z.output<typeof skrivelseSchema>;

// ---- Options -------------------------------------------------------------------------------

export const MEMO_TABLES = ['staffing', 'gender', 'statistics', 'scenarios', 'forecast'] as const;
export type MemoTableKind = (typeof MEMO_TABLES)[number];
export const MEMO_TABLE_LABELS: Record<MemoTableKind, string> = {
  staffing: 'Bemanning och kostnader',
  gender: 'Deltagare efter kön',
  statistics: 'Månadsstatistik',
  scenarios: 'Jämförelse av scenarier',
  forecast: 'Prognos per månad',
};

export const MEMO_CHARTS = ['forecastFan', 'queueRisk', 'scenarioCost'] as const;
export type MemoChartKind = (typeof MEMO_CHARTS)[number];
export const MEMO_CHART_LABELS: Record<MemoChartKind, string> = {
  forecastFan: 'Prognos för kön (medelvärde och 90:e percentil)',
  queueRisk: 'Risk att behöva vänta per månad',
  scenarioCost: 'Kostnad per scenario',
};

export const memoOptionsSchema = z.strictObject({
  /** Mask small counts (public memo). */
  mask: z.boolean(),
  /** Counts below this are written "färre än tre". */
  maskBelow: z.int().min(2).max(20),
  /** Tables and charts placed after the text of Ärendet, in the catalogue's order. */
  tables: z.array(z.enum(MEMO_TABLES)).max(MEMO_TABLES.length),
  charts: z.array(z.enum(MEMO_CHARTS)).max(MEMO_CHARTS.length),
});
export type MemoOptions = z.output<typeof memoOptionsSchema>;

// ---- Figures -------------------------------------------------------------------------------

/** One cited figure as it was when the memo's figures were last computed. */
export const figureSnapshotSchema = z.strictObject({
  key: z.string().max(80),
  /** null when the figure has no value for this unit (no lotsar, no forecast …). */
  value: z.number().nullable(),
  /** ISO 8601 (UTC). */
  computedAt: z.string().max(40),
});
export type FigureSnapshot = z.output<typeof figureSnapshotSchema>;

/** Series a chart or table needs, snapshotted with the figures. */
export const memoSeriesSchema = z.strictObject({
  /** Month labels of the forecast, "jan 2021" … */
  forecastMonths: z.array(z.string().max(40)).max(240),
  queueP50: z.array(z.number()).max(240),
  queueP90: z.array(z.number()).max(240),
  probabilityOfWaiting: z.array(z.number()).max(240),
  expectedEnrolled: z.array(z.number()).max(240),
  /** Expected number in the queue at each month's end; memos stored before it was kept have none. */
  queueMean: z.array(z.number()).max(240).optional(),
  /**
   * Expected wait in weeks of someone referred during each month (null when the engine gives none);
   * memos stored before it was kept have none.
   */
  expectedWaitWeeks: z.array(z.number().nullable()).max(240).optional(),
  /** Scenario comparison: name, total cost, balance, utilization (null without demand). */
  scenarios: z
    .array(
      z.strictObject({
        name: z.string().max(200),
        lotsarFte: z.number(),
        totalCost: z.number(),
        balance: z.number(),
        costPerParticipant: z.number().nullable(),
        utilization: z.number().nullable(),
      }),
    )
    .max(50),
  /** Staffing rows: title, role label, FTE, months, annual cost incl. PO. */
  staff: z
    .array(z.strictObject({ title: z.string().max(200), role: z.string().max(100), fte: z.number(), months: z.string().max(40), annualCost: z.number() }))
    .max(500),
  /**
   * The unit's monthly statistics for the plan's year, in calendar order (the statistics table).
   * Memos stored before the table existed have none.
   */
  statistics: z
    .array(
      z.strictObject({
        /** "2020-03". */
        month: z.string().max(7),
        referrals: z.number().nullable(),
        newEnrolments: z.number(),
        discharges: z.number(),
        enrolledAtMonthEnd: z.number(),
        queueAtMonthEnd: z.number().nullable(),
      }),
    )
    .max(12)
    .default([]),
});
export type MemoSeries = z.output<typeof memoSeriesSchema>;

/** A memo forecast's start: see memoFiguresSchema.forecastStart. */
export const memoForecastStartSchema = z.strictObject({
  source: z.enum(['plan', 'statistics']),
  /** The plan's year ("2020") or the statistics month ("2020-12") the start is taken from. */
  basis: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/),
  /** The statistics month has no counted queue, so the plan's queue is used. */
  queueFromPlan: z.boolean(),
  /** The forecast's first month, "2021-01". */
  firstMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
export type MemoForecastStart = z.output<typeof memoForecastStartSchema>;

export const memoFiguresSchema = z.strictObject({
  computedAt: z.string().max(40),
  /** The plan's updated_at when computed; a newer plan makes the memo's figures outdated. */
  planUpdatedAt: z.string().max(40),
  values: z.record(z.string().max(80), figureSnapshotSchema),
  series: memoSeriesSchema,
  /**
   * Why the forecasts could not be computed from the plan and the statistics ("Prognosen kan inte
   * beräknas: …"), when the demand was known but the start was not one a forecast accepts.
   */
  forecastProblem: z.string().max(600).optional(),
  /**
   * Where the forecasts start (forecastStartNote.ts writes it out): the plan's participants for its
   * year, or the latest month of the monthly statistics. Only counts of people are in the figures;
   * this says which picture of today they come from. Absent when no forecast was computed, and in
   * memos stored before the snapshot kept it.
   */
  forecastStart: memoForecastStartSchema.optional(),
  /**
   * Fingerprints of the sources the figures were computed from (sourceFingerprints.ts), to tell
   * whether and why they are out of date. Absent in memos stored before the snapshot kept them.
   */
  sources: z
    .strictObject({
      plan: z.string().max(40),
      scenarios: z.string().max(40),
      scenario: z.string().max(40),
      statistics: z.string().max(40),
    })
    .optional(),
});
export type MemoFigures = z.output<typeof memoFiguresSchema>;

// ---- The memo ------------------------------------------------------------------------------

export const memoSectionsSchema = z.strictObject(
  Object.fromEntries(SECTION_KEYS.map((k) => [k, richTextSchema.nullable()])) as Record<SectionKey, z.ZodNullable<typeof richTextSchema>>,
);
/** A section that is null is left out of the memo. */
export type MemoSections = Record<SectionKey, RichText | null>;

/** The editable content of a memo: what a version holds. */
export const memoContentSchema = z.strictObject({
  type: z.enum(MEMO_TYPES),
  metadata: memoMetadataSchema,
  skrivelse: skrivelseSchema.nullable(),
  sections: memoSectionsSchema,
  options: memoOptionsSchema,
  figures: memoFiguresSchema,
});
export type MemoContent = z.output<typeof memoContentSchema>;
