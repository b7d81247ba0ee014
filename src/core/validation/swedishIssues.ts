// Turns zod validation issues into the Swedish messages users see.
// zod's own Swedish locale is machine-like ("förväntat number att ha <=1"); a civil servant
// needs to know which field was wrong, what it should be and what was given.
import type * as z from 'zod';
import { countInText, countWithNoun, type CountNoun, formatFte, formatNumber } from '../format/index.ts';
import { fieldMessage, swedishFieldName } from './fieldNames.ts';
import { STAFF_ROLE_LABELS } from './fieldNames.ts';

/** Formats a zod path the way the exchange file documents its fields: staff[0].fte */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'ett tal',
  int: 'ett heltal',
  string: 'en text',
  boolean: 'sant eller falskt',
  object: 'ett objekt',
  array: 'en lista',
  null: 'null',
  undefined: 'inget värde',
  nan: 'NaN',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'saknas';
  // JSON's null is an empty field to the user.
  if (input === null) return 'tomt';
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'NaN';
    if (!Number.isFinite(input)) return input > 0 ? 'oändligt' : 'minus oändligt';
    return Math.abs(input) < 1e15 ? formatNumber(input, { maxDecimals: 6 }) : String(input).replace('.', ',');
  }
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `texten ”${shown}”`;
  }
  if (typeof input === 'boolean') return input ? 'sant' : 'falskt';
  if (Array.isArray(input)) return 'en lista';
  if (typeof input === 'object') return 'ett objekt';
  return typeof input;
}

function limit(n: number | bigint): string {
  const value = Number(n);
  return Math.abs(value) < 1e15 ? formatNumber(value, { maxDecimals: 6 }) : String(n);
}

/** A year ("year", "startYear") is written as a year, never grouped like an amount: "minst 2000", not "minst 2 000". */
function isYearField(issue: z.core.$ZodIssue): boolean {
  const key = issue.path.at(-1);
  return typeof key === 'string' && /(?:^y|Y)ear$/.test(key);
}

/** The bound of a number as the field writes it: a year plainly, any other number grouped. */
function numberLimit(n: number | bigint, issue: z.core.$ZodIssue): string {
  return isYearField(issue) && Number.isInteger(Number(n)) ? String(n) : limit(n);
}

const ROWS = { singular: 'rad', plural: 'rader', gender: 'common' } as const satisfies CountNoun;

/**
 * Lists whose elements are not rows name their own noun, by the list's field: twelve season factors
 * ("ska ha tolv faktorer"), the scenarios to compare ("högst fyra scenarier"). Any other list counts rows.
 */
const LIST_NOUNS: Record<string, CountNoun> = {
  season: { singular: 'faktor', plural: 'faktorer', gender: 'common' },
  scenarios: { singular: 'scenario', plural: 'scenarier', gender: 'neuter' },
  names: { singular: 'namn', plural: 'namn', gender: 'neuter' },
  months: { singular: 'månad', plural: 'månader', gender: 'common' },
};

/** The noun a list's length is counted in, and whether it is the list's own (then the count given is said too). */
function listNoun(issue: z.core.$ZodIssue): { noun: CountNoun; own: boolean } {
  const key = issue.path.at(-1);
  const noun = typeof key === 'string' ? LIST_NOUNS[key] : undefined;
  return noun === undefined ? { noun: ROWS, own: false } : { noun, own: true };
}

/** A list's length limit: "ska ha minst tolv faktorer (fick tre)"; exactly, when the list has one length. */
function listLimit(issue: z.core.$ZodIssue, rule: 'minst' | 'högst', n: number | bigint): string {
  const { noun, own } = listNoun(issue);
  const input = 'input' in issue ? issue.input : undefined;
  const count = own && Array.isArray(input) ? input.length : null;
  const given = count === null ? '' : count === 0 ? ' (listan är tom)' : ` (fick ${countInText(count, { gender: noun.gender })})`;
  const verb = rule === 'minst' ? 'ska ha' : 'får ha';
  if ('exact' in issue && issue.exact === true) return `ska ha ${lengthLimit(n, noun)}${given}`;
  return `${verb} ${rule} ${lengthLimit(n, noun)}${given}`;
}

/** A text value in Swedish quotation marks (”lots”), with its Swedish label where it has one (”lots” (Lots)). */
function allowedValue(v: unknown, labels: Readonly<Record<string, string>> | undefined): string {
  if (typeof v !== 'string') return String(v);
  const label = labels?.[v];
  return label === undefined || label.toLocaleLowerCase('sv') === v ? `”${v}”` : `”${v}” (${label})`;
}

/** The Swedish labels of an enumeration's internal values, by the field: the roles' titles. */
function enumLabels(issue: z.core.$ZodIssue): Readonly<Record<string, string>> | undefined {
  return issue.path.at(-1) === 'role' ? STAFF_ROLE_LABELS : undefined;
}
const CHARACTERS = { singular: 'tecken', plural: 'tecken', gender: 'neuter' } as const satisfies CountNoun;

/** A length limit as running text writes it: "en rad", "tre tecken", "500 rader". */
function lengthLimit(n: number | bigint, noun: CountNoun): string {
  const value = Number(n);
  return Number.isInteger(value) && value >= 1 && value < 1e15 ? countWithNoun(value, noun) : `${limit(n)} ${noun.plural}`;
}

/** One issue as a Swedish sentence without the field name. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'värde saknas';
      return `ska vara ${typeName(issue.expected)}, men är ${describeReceived(issue.input)}`;
    }
    case 'too_small': {
      const min = numberLimit(issue.minimum, issue);
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'får inte vara tom' : `ska ha minst ${lengthLimit(issue.minimum, CHARACTERS)}`;
      }
      if (issue.origin === 'array') return listLimit(issue, 'minst', issue.minimum);
      return issue.inclusive ? `ska vara minst ${min}` : `ska vara större än ${min}`;
    }
    case 'too_big': {
      // A sysselsättningsgrad is written as the table writes it, with what 1,0 means.
      if (issue.path.at(-1) === 'fte' && Number(issue.maximum) === 1 && issue.inclusive) return `får vara högst ${formatFte(1)} (heltid)`;
      const max = numberLimit(issue.maximum, issue);
      if (issue.origin === 'string') return `får ha högst ${lengthLimit(issue.maximum, CHARACTERS)}`;
      if (issue.origin === 'array') return listLimit(issue, 'högst', issue.maximum);
      return issue.inclusive ? `får vara högst ${max}` : `ska vara mindre än ${max}`;
    }
    case 'invalid_value': {
      // A text value in Swedish quotation marks (”lots”); numbers and the like as they are.
      const labels = enumLabels(issue);
      const allowed = issue.values.map((v) => allowedValue(v, labels)).join(', ');
      const rule = issue.values.length === 1 ? `ska vara ${allowed}` : `ska vara ett av ${allowed}`;
      // Only when zod reported the input (reportInput) is an undefined input a missing field.
      return 'input' in issue && issue.input === undefined ? `värde saknas (${rule})` : rule;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `”${k}”`).join(', ');
      return issue.keys.length === 1 ? `okänt fält ${keys}` : `okända fält ${keys}`;
    }
    case 'not_multiple_of':
      return `ska vara en multipel av ${limit(Number(issue.divisor))}`;
    case 'invalid_format':
      // A schema that explains its format in Swedish ("ska vara en månad skriven ÅÅÅÅ-MM") says it
      // better than a generic phrase; zod's own English default is never shown.
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'har fel format';
    case 'invalid_union':
      return 'har ett värde av fel slag';
    default:
      return issue.message;
  }
}

/** "Tjänst 1, sysselsättningsgrad: får vara högst 1" — or only the sentence when the issue is at the top. */
export function formatIssue(issue: z.core.$ZodIssue, pathPrefix: readonly PropertyKey[] = []): string {
  const path = [...pathPrefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    // Name the unknown field itself, with its full path, so the user can find it.
    // An unknown key has no Swedish name of its own: it is named as written, where it stands.
    const container = formatPath(path);
    const within = container === '' ? null : swedishFieldName(container);
    const keys = issue.keys.map((k) => `”${String(k)}”`).join(', ');
    const what = issue.keys.length === 1 ? `okänt fält ${keys}` : `okända fält ${keys}`;
    return within === null ? capitalize(what) : `${within}: ${what}`;
  }
  const text = issue.code === 'custom' ? issue.message : describeIssue(issue);
  const where = formatPath(path);
  return where === '' ? capitalize(text) : fieldMessage(where, text);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The last line of a cut list of errors: "… och ett fel till.", "… och tre fel till.", "… och 14 fel till." */
export function moreErrorsLine(n: number): string {
  return `… och ${countInText(n, { gender: 'neuter' })} fel till.`;
}

/** All issues as Swedish lines, at most `max` of them (with a count of the rest). */
export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 10): string[] {
  const lines = issues.slice(0, max).map((i) => formatIssue(i));
  if (issues.length > max) lines.push(moreErrorsLine(issues.length - max));
  return lines;
}
