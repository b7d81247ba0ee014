// The unit exchange file, version 1: how a unit's plan travels between Lotsplan installations
// and from a district to socialförvaltningen. Validated strictly: unknown fields are refused
// with their path, every number must be finite, and the cross-field rules hold.
import * as z from 'zod';
import { DEFAULT_CASELOAD_PER_LOTS, type UnitYearPlan } from '../plan/model.ts';
import { nameSchema } from '../validation/names.ts';
import { amountSchema, fieldAlreadyWrong, fteSchema, monthOrder, monthSchema, roleSchema, titleSchema } from '../plan/fields.ts';
import { formatIssues, formatPath } from '../validation/swedishIssues.ts';
import { fileSlug } from '../format/slug.ts';
import { formatNumber } from '../format/index.ts';
import { fieldMessage, GENDER_TERMS, swedishFieldName } from '../validation/fieldNames.ts';
import { parseJsonText } from '../files/jsonSyntax.ts';

export const EXCHANGE_FORMAT = 'lotsplan-unit';
export const EXCHANGE_VERSION = 1;

export { MAX_AMOUNT } from '../plan/fields.ts';
const MAX_COUNT = 1_000_000;

const amount = amountSchema;
const count = z.int().min(0).max(MAX_COUNT);
const month = monthSchema;
// Names and titles follow the one rule for names (core/validation/names.ts).
const name = nameSchema();

const staffSchema = z
  .strictObject({
    role: roleSchema,
    title: titleSchema,
    fte: fteSchema,
    monthlySalary: amount,
    fromMonth: month.default(1),
    toMonth: month.default(12),
    // Optional since Lotsplan 0.2; written only when set, so ordinary files keep the v1 shape.
    vacant: z.boolean().optional(),
    fundingSource: z.string().trim().max(200).nullable().optional(),
  })
  .check(monthOrder);

const participantsSchema = z
  .strictObject({
    enrolled: count,
    men: count,
    women: count,
    otherGender: count,
    genderUnknown: count.default(0),
    queue: count,
    touched: count,
  })
  .check((ctx) => {
    const { enrolled, men, women, otherGender, genderUnknown } = ctx.value;
    if (fieldAlreadyWrong(ctx, ['enrolled', 'men', 'women', 'otherGender', 'genderUnknown'])) return;
    if (men + women + otherGender + genderUnknown !== enrolled) {
      const parts = (genderUnknown > 0 ? [men, women, otherGender, genderUnknown] : [men, women, otherGender]).map((n) => formatNumber(n)).join(' + ');
      const { otherGender: other, genderUnknown: unknown } = GENDER_TERMS;
      const who = genderUnknown > 0 ? `män, kvinnor, ${other} och ${unknown}` : `män, kvinnor och ${other}`;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['enrolled'],
        message: `${who} (${parts}) ska tillsammans vara lika många som inskrivna (${formatNumber(enrolled)})`,
      });
    }
  });

const planShape = {
  district: name,
  unit: name,
  year: z.int().min(2000).max(2100),
  ageFrom: z.int().min(0).max(120).nullable(),
  ageTo: z.int().min(0).max(120).nullable(),
  caseloadPerLots: z.number().gt(0).max(100).default(DEFAULT_CASELOAD_PER_LOTS),
  poPercent: z.number().min(0).max(100),
  staff: z.array(staffSchema).max(500),
  otherCosts: z.array(z.strictObject({ label: name, amount })).max(500),
  funding: z
    .array(
      z.strictObject({
        source: name,
        amount,
        period: z.string().trim().min(1).max(20).nullable().default(null),
      }),
    )
    .max(500),
  participants: participantsSchema,
  demand: z
    .strictObject({
      arrivalsPerMonth: z.number().min(0).max(10_000),
      meanStayMonths: z.number().gt(0).max(240),
    })
    .nullable(),
};

function checkAgeRange(ctx: z.core.ParsePayload<{ ageFrom: number | null; ageTo: number | null }>): void {
  const { ageFrom, ageTo } = ctx.value;
  if (fieldAlreadyWrong(ctx, ['ageFrom', 'ageTo'])) return;
  if (ageFrom !== null && ageTo !== null && ageTo < ageFrom) {
    ctx.issues.push({
      code: 'custom',
      input: ageTo,
      path: ['ageTo'],
      message: `övre åldersgränsen (${ageTo}) är lägre än den nedre (${ageFrom})`,
    });
  }
}

/** A unit-year plan with every rule of the exchange file; also the API's schema for plans. */
export const unitYearPlanSchema = z.strictObject(planShape).check(checkAgeRange);

export const unitExchangeFileSchema = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    // Since Lotsplan 0.2: the salaries and other costs are example values (the demo data). Written
    // only when true, so ordinary files keep the v1 shape and older files read as real values.
    exampleValues: z.boolean().optional(),
    ...planShape,
  })
  .check(checkAgeRange);

export type UnitExchangeFile = z.output<typeof unitExchangeFileSchema>;

export type ParseResult =
  /** `exampleValues` is present (true) only when the file marks its amounts as example values. */
  { ok: true; plan: UnitYearPlan; exampleValues?: true } | { ok: false; messages: string[] };

/** Parses the text of an exchange file. Never throws; errors are Swedish lines naming the field. */
export function parseUnitExchangeText(text: string): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return { ok: false, messages: ['Filen är tom.'] };
  // A field given twice is refused: JSON.parse would keep the last value without a word.
  const read = parseJsonText(trimmed, (path) => swedishFieldName(formatPath(path)));
  if (!read.ok) return { ok: false, messages: [read.message] };
  return parseUnitExchangeValue(read.value);
}

export function parseUnitExchangeValue(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, messages: ['Filen ska innehålla ett JSON-objekt med en enhets uppgifter.'] };
  }
  const format = (json as Record<string, unknown>).format;
  if (format !== EXCHANGE_FORMAT) {
    return {
      ok: false,
      messages: [fieldMessage('format', `ska vara ”${EXCHANGE_FORMAT}” – filen är inte en utväxlingsfil från Lotsplan.`)],
    };
  }
  const version = (json as Record<string, unknown>).version;
  if (typeof version === 'number' && !Number.isFinite(version)) {
    // 1e400 in the file: JSON reads it as Infinity, which no version is.
    return {
      ok: false,
      messages: [fieldMessage('version', `ska vara ${EXCHANGE_VERSION}, men är ett tal som är för stort för att vara en version.`)],
    };
  }
  if (typeof version === 'number' && version > EXCHANGE_VERSION) {
    return {
      ok: false,
      messages: [fieldMessage('version', `filen har version ${version}, men den här versionen av Lotsplan läser bara version ${EXCHANGE_VERSION}.`)],
    };
  }
  const result = unitExchangeFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, messages: formatIssues(result.error.issues) };
  const { format: _f, version: _v, exampleValues, ...plan } = result.data;
  return exampleValues === true ? { ok: true, plan, exampleValues: true } : { ok: true, plan };
}

/**
 * The exchange file for a plan, as pretty-printed UTF-8 JSON text with a final newline.
 * `exampleValues`: the amounts are example values (the demo data); the file then says so.
 */
export function toUnitExchangeText(plan: UnitYearPlan, options: { exampleValues?: boolean } = {}): string {
  const file: UnitExchangeFile = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    ...(options.exampleValues === true ? { exampleValues: true } : {}),
    district: plan.district,
    unit: plan.unit,
    year: plan.year,
    ageFrom: plan.ageFrom,
    ageTo: plan.ageTo,
    caseloadPerLots: plan.caseloadPerLots,
    poPercent: plan.poPercent,
    staff: plan.staff.map(exchangePosition),
    otherCosts: plan.otherCosts.map((c) => ({ ...c })),
    funding: plan.funding.map((f) => ({ ...f })),
    // genderUnknown is written only when used, so ordinary files keep the documented v1 shape.
    participants: exchangeParticipants(plan.participants),
    demand: plan.demand ? { ...plan.demand } : null,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function exchangePosition(s: UnitYearPlan['staff'][number]): UnitExchangeFile['staff'][number] {
  const { role, title, fte, monthlySalary, fromMonth, toMonth } = s;
  return {
    role,
    title,
    fte,
    monthlySalary,
    fromMonth,
    toMonth,
    ...(s.vacant === true ? { vacant: true } : {}),
    ...(s.fundingSource ? { fundingSource: s.fundingSource } : {}),
  };
}

function exchangeParticipants(p: UnitYearPlan['participants']): UnitExchangeFile['participants'] {
  const { genderUnknown, ...rest } = p;
  return (genderUnknown > 0 ? { ...rest, genderUnknown } : rest) as UnitExchangeFile['participants'];
}

/** A file name a user recognises: lotsplan-rinkeby-kista-sig-vuxna-2020.json */
export function exchangeFileName(key: { district: string; unit: string; year: number }): string {
  return `lotsplan-${fileSlug(key.district)}-${fileSlug(key.unit)}-${key.year}.json`;
}
