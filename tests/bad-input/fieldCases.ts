// The exchange-file field table: every documented rule of README "Utväxlingsfilen, version 1"
// written once as a FieldRule, and from it one bad case per field and kind of error (missing,
// wrong type, null, below and above range, huge numbers, not an integer, empty or too long text,
// an unknown field at each level). Each case is a spoilt copy of the valid fixture and the Swedish
// line that must name the field.
import { type SpoilableJson, validExchange } from '../fixtures/exchange.ts';
import { fieldMessage } from '../../src/core/validation/fieldNames.ts';

type Kind = 'literal' | 'text' | 'int' | 'number' | 'boolean' | 'enum' | 'array' | 'object';

export interface FieldRule {
  path: string;
  kind: Kind;
  /** Missing means "värde saknas" (required) or a documented default (accepted). */
  missing: 'refused' | 'default' | 'optional';
  nullable?: boolean;
  min?: number;
  /** The minimum itself is refused ("> 0"). */
  exclusiveMin?: boolean;
  max?: number;
  /** For text: the longest accepted length and whether the empty text is refused. */
  maxLength?: number;
  nonEmpty?: boolean;
}

const COUNT = { kind: 'int', missing: 'refused', min: 0, max: 1_000_000 } as const;
const AMOUNT = { kind: 'number', missing: 'refused', min: 0, max: 1e12 } as const;
const MONTH = { kind: 'int', missing: 'default', min: 1, max: 12 } as const;
const NAME = { kind: 'text', missing: 'refused', nonEmpty: true, maxLength: 200 } as const;

/** README's table of fields, one rule each. */
export const FIELD_RULES: FieldRule[] = [
  { path: 'format', kind: 'literal', missing: 'refused' },
  { path: 'version', kind: 'literal', missing: 'refused' },
  { path: 'district', ...NAME },
  { path: 'unit', ...NAME },
  { path: 'year', kind: 'int', missing: 'refused', min: 2000, max: 2100 },
  { path: 'ageFrom', kind: 'int', missing: 'refused', nullable: true, min: 0, max: 120 },
  { path: 'ageTo', kind: 'int', missing: 'refused', nullable: true, min: 0, max: 120 },
  { path: 'caseloadPerLots', kind: 'number', missing: 'default', min: 0, exclusiveMin: true, max: 100 },
  { path: 'poPercent', kind: 'number', missing: 'refused', min: 0, max: 100 },
  { path: 'staff', kind: 'array', missing: 'refused' },
  { path: 'staff[0]', kind: 'object', missing: 'optional' },
  { path: 'staff[0].role', kind: 'enum', missing: 'refused' },
  { path: 'staff[0].title', kind: 'text', missing: 'refused', maxLength: 200 },
  { path: 'staff[0].fte', kind: 'number', missing: 'refused', min: 0, exclusiveMin: true, max: 1 },
  { path: 'staff[0].monthlySalary', ...AMOUNT },
  { path: 'staff[0].fromMonth', ...MONTH },
  // toMonth 1 of a position from month 1 is valid; below and above 1–12 are refused.
  { path: 'staff[0].toMonth', ...MONTH },
  { path: 'staff[0].vacant', kind: 'boolean', missing: 'optional' },
  { path: 'staff[0].fundingSource', kind: 'text', missing: 'optional', nullable: true, maxLength: 200 },
  { path: 'otherCosts', kind: 'array', missing: 'refused' },
  { path: 'otherCosts[0]', kind: 'object', missing: 'optional' },
  { path: 'otherCosts[0].label', ...NAME },
  { path: 'otherCosts[0].amount', ...AMOUNT },
  { path: 'funding', kind: 'array', missing: 'refused' },
  { path: 'funding[0]', kind: 'object', missing: 'optional' },
  { path: 'funding[0].source', ...NAME },
  { path: 'funding[0].amount', ...AMOUNT },
  { path: 'funding[0].period', kind: 'text', missing: 'default', nullable: true, nonEmpty: true, maxLength: 20 },
  { path: 'participants', kind: 'object', missing: 'refused' },
  { path: 'participants.enrolled', ...COUNT },
  { path: 'participants.men', ...COUNT },
  { path: 'participants.women', ...COUNT },
  { path: 'participants.otherGender', ...COUNT },
  { path: 'participants.genderUnknown', ...COUNT, missing: 'default' },
  { path: 'participants.queue', ...COUNT },
  { path: 'participants.touched', ...COUNT },
  { path: 'demand', kind: 'object', missing: 'refused', nullable: true },
  { path: 'demand.arrivalsPerMonth', kind: 'number', missing: 'refused', min: 0, max: 10_000 },
  { path: 'demand.meanStayMonths', kind: 'number', missing: 'refused', min: 0, exclusiveMin: true, max: 240 },
];

/** Object levels where an unknown field must be refused with its full path. */
export const OBJECT_LEVELS = ['', 'staff[0]', 'otherCosts[0]', 'funding[0]', 'participants', 'demand'];

const DELETE = Symbol('delete');

export interface FieldCase {
  name: string;
  /** The spoilt file as a value (JSON.stringify writes it). */
  file: Record<string, unknown>;
  /**
   * A detail line must start with `field` and contain `expected` (after turning non-breaking
   * spaces into spaces); null for accepted files.
   */
  field?: string;
  expected: string | null;
  /** Accepted files (documented defaults) must import. */
  accepted?: boolean;
}

function keys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A copy of the valid fixture with `path` set to `value` (or removed). */
export function spoil(path: string, value: unknown): Record<string, unknown> {
  const file = validExchange();
  const ks = keys(path);
  let target: SpoilableJson = file;
  for (const k of ks.slice(0, -1)) target = target[k];
  const last = ks[ks.length - 1]!;
  if (value === DELETE) {
    if (Array.isArray(target)) target.splice(last as number, 1);
    else delete target[last];
  } else target[last] = value;
  return file;
}

const svNumber = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 }).format(n).replace(/[\u00a0\u202f]/g, ' ');

function numberCases(rule: FieldRule): [string, unknown, string][] {
  const out: [string, unknown, string][] = [];
  const { min, max } = rule;
  // A year's bound is written as a year ("minst 2000"), every other bound grouped ("minst 1 000").
  const isYear = /(?:^|\.)year$|Year$/.test(rule.path);
  const sv = (n: number) => (isYear ? String(n) : svNumber(n));
  out.push(['text in a number field', '12', 'men är texten ”12”']);
  out.push(['Swedish number as text', '1 000,5', 'men är texten ”1 000,5”']);
  out.push(['boolean', true, 'men är sant']);
  out.push(['list', [1], 'men är en lista']);
  if (min !== undefined) {
    const below = rule.exclusiveMin ? min : min - 1;
    out.push(['below range', below, rule.exclusiveMin ? `ska vara större än ${sv(min)}` : `ska vara minst ${sv(min)}`]);
    out.push(['-1e308', -1e308, rule.exclusiveMin ? `ska vara större än ${sv(min)}` : `ska vara minst ${sv(min)}`]);
  }
  if (max !== undefined) {
    out.push(['above range', rule.kind === 'int' ? max + 1 : max + 0.5, `får vara högst ${sv(max)}`]);
    out.push(['1e16', 1e16, `får vara högst ${sv(max)}`]);
    out.push(['1e308', 1e308, `får vara högst ${sv(max)}`]);
  }
  if (rule.kind === 'int') out.push(['not an integer', (min ?? 0) + 1.5, 'ska vara ett heltal']);
  return out;
}

function textCases(rule: FieldRule): [string, unknown, string][] {
  const out: [string, unknown, string][] = [
    ['number in a text field', 42, 'ska vara en text, men är 42'],
    ['object in a text field', { text: 'x' }, 'ska vara en text, men är ett objekt'],
  ];
  if (rule.nonEmpty) {
    out.push(['empty text', '', 'får inte vara tom']);
    out.push(['only spaces', '   ', 'får inte vara tom']);
  }
  if (rule.maxLength !== undefined) out.push(['too long', 'x'.repeat(rule.maxLength + 1), `får ha högst ${rule.maxLength} tecken`]);
  return out;
}

/** One case per field and kind of error, from FIELD_RULES. */
export function fieldCases(): FieldCase[] {
  const cases: FieldCase[] = [];
  for (const rule of FIELD_RULES) {
    const at = (what: string, value: unknown, expected: string | null, accepted = false) =>
      cases.push({ name: `${rule.path}: ${what}`, file: spoil(rule.path, value), field: fieldMessage(rule.path, ''), expected, accepted });
    if (rule.path === 'format') {
      // format is checked first, with its own sentence.
      at('missing', DELETE, 'ska vara ”lotsplan-unit” – filen är inte en utväxlingsfil från Lotsplan');
      at('another format', 'lotsplan-workbook', 'ska vara ”lotsplan-unit”');
      at('a number', 1, 'ska vara ”lotsplan-unit”');
      continue;
    }
    if (rule.path === 'version') {
      at('missing', DELETE, 'värde saknas (ska vara 1)');
      at('text', '1', 'ska vara 1');
      at('0', 0, 'ska vara 1');
      at('newer version 2', 2, 'filen har version 2, men den här versionen av Lotsplan läser bara version 1');
      at('1e308', 1e308, 'läser bara version 1');
      continue;
    }
    if (rule.missing === 'refused') at('missing', DELETE, rule.kind === 'enum' ? 'värde saknas (ska vara ett av ”lots”' : 'värde saknas');
    else if (!rule.path.endsWith(']')) at('missing (documented default)', DELETE, null, true);
    if (!rule.nullable && rule.path !== 'staff[0]' && rule.path !== 'otherCosts[0]' && rule.path !== 'funding[0]') {
      at('null', null, rule.kind === 'enum' ? 'ska vara ett av ”lots”' : 'men är tomt');
    }
    switch (rule.kind) {
      case 'int':
      case 'number':
        for (const [what, value, expected] of numberCases(rule)) at(what, value, expected);
        break;
      case 'text':
        for (const [what, value, expected] of textCases(rule)) at(what, value, expected);
        break;
      case 'boolean':
        at('text', 'ja', 'ska vara sant eller falskt, men är texten ”ja”');
        at('number', 1, 'ska vara sant eller falskt, men är 1');
        break;
      case 'enum':
        at(
          'unknown role',
          'chef',
          'ska vara ett av ”lots”, ”bitradande_enhetschef” (Biträdande enhetschef), ”enhetschef”, ”behandlare”, ”samordnare”, ”annan”',
        );
        at('number', 1, 'ska vara ett av');
        break;
      case 'array':
        at('an object', { 0: {} }, 'ska vara en lista, men är ett objekt');
        at('a text', 'Lots', 'ska vara en lista, men är texten ”Lots”');
        break;
      case 'object':
        at('a list', [], 'ska vara ett objekt, men är en lista');
        at('a text', 'x', 'ska vara ett objekt, men är texten ”x”');
        break;
      default:
        break;
    }
  }
  // Too many rows: each list holds at most 500.
  for (const list of ['staff', 'otherCosts', 'funding']) {
    const row = (validExchange() as Record<string, unknown[]>)[list]![0];
    cases.push({
      name: `${list}: 501 rows`,
      file: spoil(
        list,
        Array.from({ length: 501 }, () => row),
      ),
      expected: fieldMessage(list, 'får ha högst 500 rader'),
    });
  }
  // Unknown field at each level, named with its full path.
  for (const level of OBJECT_LEVELS) {
    const file = validExchange();
    const target = level === '' ? file : keys(level).reduce((o: SpoilableJson, k) => o[k], file);
    target.kommentar = 'hej';
    const expected = level === '' ? 'Okänt fält ”kommentar”' : fieldMessage(level, 'okänt fält ”kommentar”');
    cases.push({ name: `unknown field at ${level || 'the top'}`, file, expected });
  }
  // Cross-field rules.
  const cross: [string, string, unknown, string][] = [
    ['ageTo below ageFrom', 'ageTo', 10, 'Övre åldersgräns: övre åldersgränsen (10) är lägre än den nedre (13)'],
    ['toMonth before fromMonth', 'staff[1].toMonth', 3, 'Tjänst 2, sista månad: sista månaden (3) ligger före första månaden (4)'],
    ['men + women + other ≠ enrolled', 'participants.enrolled', 10, 'ska tillsammans vara lika många som inskrivna (10)'],
    ['negative count that keeps the sum', 'participants.men', -1, 'Män: ska vara minst 0'],
  ];
  for (const [name, path, value, expected] of cross) cases.push({ name, file: spoil(path, value), expected });
  return cases;
}
