// The Ändringslogg's before and after as readable Swedish: what changed, "38 500 kr → 40 000 kr",
// instead of the stored JSON with internal ids. The entries keep their full before and after (the
// Excel export and undo use them); this is only how a person reads them. Counts are written as
// running text writes them: "tolv månader", "en rad", "fem tjänster", "14 rader"; amounts,
// percentages and full-time equivalents in digits.
import { countWithNoun, formatFte, formatKronor, formatLotsar, formatNumber, formatPercentValue, monthName } from '../format/index.ts';
import { monthsCountText } from '../statistics/monthly.ts';
import { STAFF_ROLE_LABELS, type StaffRole } from '../plan/model.ts';
import { swedishFieldName } from '../validation/fieldNames.ts';

/** One difference: "Tjänst rad 1 (Lots), månadslön", "38 500 kr", "40 000 kr". */
export interface AuditChangeLine {
  label: string;
  before: string;
  after: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const NONE = '–';
const ROWS = { singular: 'rad', plural: 'rader', gender: 'common' } as const;
const POSITIONS = { singular: 'tjänst', plural: 'tjänster', gender: 'common' } as const;
const CHANGES = { singular: 'ändring', plural: 'ändringar', gender: 'common' } as const;
/** More lines than this are summed up in a last line. */
const MAX_LINES = 40;

const SETTING_LABELS: Record<string, string> = {
  poPercent: 'PO-pålägg',
  caseloadPerLots: 'Deltagare per lots på heltid',
  salaryRevisionPercent: 'Förväntad löneökning',
  recruitmentLeadTimeMonths: 'Rekryteringstid',
  savingsRequirementPercent: 'Besparingskrav',
  savingsExempt: 'Undantagen från besparingskrav',
};

const AMOUNT_KEYS = new Set(['monthlySalary', 'amount', 'funding', 'totalCost']);
const PERCENT_KEYS = new Set(['poPercent', 'salaryRevisionPercent', 'savingsRequirementPercent', 'arrivalsChangePercent']);
const MONTH_KEYS = new Set(['fromMonth', 'toMonth']);

/** One value as a person reads it; the key decides kronor, percent, months. */
export function auditValueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return NONE;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (AMOUNT_KEYS.has(key)) return formatKronor(value);
    if (PERCENT_KEYS.has(key)) return formatPercentValue(value, { minDecimals: 0, maxDecimals: 2 });
    if (MONTH_KEYS.has(key) && Number.isInteger(value) && value >= 1 && value <= 12) return monthName(value);
    if (key === 'fte') return formatFte(value);
    if (key === 'recruitmentLeadTimeMonths') return value === 0 ? 'ingen' : monthsCountText(value);
    return formatNumber(value, { maxDecimals: 2 });
  }
  if (typeof value === 'string') {
    if (key === 'role' && value in STAFF_ROLE_LABELS) return STAFF_ROLE_LABELS[value as StaffRole];
    return value === '' ? NONE : `”${value}”`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'inga' : countWithNoun(value.length, ROWS);
  return 'ändrat innehåll';
}

function keyLabel(key: string): string {
  return SETTING_LABELS[key] ?? swedishFieldName(key) ?? key;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field by field for two flat objects; ids and other internal keys are left out. */
function fieldLines(prefix: string | null, a: Obj | null, b: Obj | null, skip: ReadonlySet<string> = new Set(['id'])): AuditChangeLine[] {
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].filter((k) => !skip.has(k));
  const out: AuditChangeLine[] = [];
  for (const k of keys) {
    const x = a?.[k];
    const y = b?.[k];
    if (sameValue(x, y)) continue;
    const label = prefix === null ? keyLabel(k) : `${prefix}, ${lowerFirst(keyLabel(k))}`;
    out.push({ label, before: a === null ? NONE : auditValueText(k, x), after: b === null ? NONE : auditValueText(k, y) });
  }
  return out;
}

function staffName(row: Obj, index: number): string {
  const role = typeof row.role === 'string' && row.role in STAFF_ROLE_LABELS ? STAFF_ROLE_LABELS[row.role as StaffRole] : 'Tjänst';
  const title = typeof row.title === 'string' && row.title.trim() !== '' && row.title !== role ? ` ”${row.title}”` : '';
  return `Tjänst rad ${index + 1} (${role}${title})`;
}

function staffSummary(row: Obj): string {
  const parts = [auditValueText('fte', row.fte), `${auditValueText('monthlySalary', row.monthlySalary)} i månaden`];
  if (row.fromMonth !== 1 || row.toMonth !== 12) parts.push(`${auditValueText('fromMonth', row.fromMonth)}–${auditValueText('toMonth', row.toMonth)}`);
  if (row.vacant === true) parts.push('vakant');
  return parts.join(', ');
}

/** Staff rows matched by their id (as stored), else by position. */
function staffLines(a: unknown[], b: unknown[]): AuditChangeLine[] {
  const rowsA = a.filter(isObj);
  const rowsB = b.filter(isObj);
  const byId = (rows: Obj[]) => new Map(rows.map((r, i) => [r.id ?? `#${i}`, { row: r, index: i }]));
  const mapA = byId(rowsA);
  const mapB = byId(rowsB);
  const out: AuditChangeLine[] = [];
  for (const [id, { row, index }] of mapB) {
    const old = mapA.get(id);
    if (!old) out.push({ label: `${staffName(row, index)}, ny tjänst`, before: NONE, after: staffSummary(row) });
    else out.push(...fieldLines(staffName(row, index), old.row, row));
  }
  for (const [id, { row, index }] of mapA)
    if (!mapB.has(id)) out.push({ label: `${staffName(row, index)}, borttagen`, before: staffSummary(row), after: NONE });
  return out;
}

function listText(rows: unknown[], labelKey: string): string {
  const items = rows.filter(isObj);
  if (items.length === 0) return 'inga';
  const total = items.reduce((s, r) => s + (typeof r.amount === 'number' ? r.amount : 0), 0);
  const names = items.map((r) => (typeof r[labelKey] === 'string' ? r[labelKey] : '')).filter((n) => n !== '');
  const shown = names.length <= 3 ? ` (${names.join(', ')})` : '';
  return `${formatKronor(total)}, ${countWithNoun(items.length, ROWS)}${shown}`;
}

function scenarioNames(rows: unknown): string[] {
  return Array.isArray(rows)
    ? rows
        .filter(isObj)
        .map((r) => String(r.name ?? ''))
        .filter((n) => n !== '')
    : [];
}

/** The differences between an entry's before and after, in Swedish; [] when they are equal. */
export function describeAuditChange(before: unknown, after: unknown): AuditChangeLine[] {
  if (sameValue(before, after)) return [];
  const a = isObj(before) ? before : null;
  const b = isObj(after) ? after : null;
  let lines: AuditChangeLine[];
  if ((a === null || b === null) && (Array.isArray(before) || Array.isArray(after) || a !== null || b !== null) && !(a && b)) {
    // Something created or removed as a whole (a plan read in, a month list, a memo).
    lines = describeWhole(before, after);
  } else if (a && b) {
    lines = [];
    const handled = new Set(['id', 'staff', 'otherCosts', 'funding', 'scenarios', 'settings', 'participants', 'demand']);
    if (isObj(a.settings) || isObj(b.settings)) lines.push(...fieldLines(null, isObj(a.settings) ? a.settings : {}, isObj(b.settings) ? b.settings : {}));
    if (Array.isArray(a.staff) || Array.isArray(b.staff))
      lines.push(...staffLines(Array.isArray(a.staff) ? a.staff : [], Array.isArray(b.staff) ? b.staff : []));
    if (!sameValue(a.otherCosts, b.otherCosts))
      lines.push({ label: 'Övriga kostnader', before: listText(asArray(a.otherCosts), 'label'), after: listText(asArray(b.otherCosts), 'label') });
    if (!sameValue(a.funding, b.funding))
      lines.push({ label: 'Finansiering', before: listText(asArray(a.funding), 'source'), after: listText(asArray(b.funding), 'source') });
    if (isObj(a.participants) || isObj(b.participants))
      lines.push(...fieldLines(null, isObj(a.participants) ? a.participants : {}, isObj(b.participants) ? b.participants : {}));
    if (!sameValue(a.demand, b.demand)) lines.push(...fieldLines('Efterfrågan', isObj(a.demand) ? a.demand : {}, isObj(b.demand) ? b.demand : {}));
    if (!sameValue(scenarioNames(a.scenarios), scenarioNames(b.scenarios))) {
      const names = (n: string[]) => (n.length === 0 ? 'inga' : n.map((x) => `”${x}”`).join(', '));
      lines.push({ label: 'Scenarier', before: names(scenarioNames(a.scenarios)), after: names(scenarioNames(b.scenarios)) });
    } else if (!sameValue(a.scenarios, b.scenarios)) {
      lines.push({ label: 'Scenarier', before: 'tidigare ändringar', after: 'ändrade ändringar i ett scenario' });
    }
    lines.push(...fieldLines(null, a, b, handled));
  } else {
    lines = [{ label: 'Värde', before: auditValueText('', before), after: auditValueText('', after) }];
  }
  if (lines.length > MAX_LINES) {
    const rest = lines.length - (MAX_LINES - 1);
    lines = [...lines.slice(0, MAX_LINES - 1), { label: `… och ${countWithNoun(rest, CHANGES)} till`, before: '', after: '' }];
  }
  return lines;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A whole thing before or after (the other side empty): its size in a few words. */
function wholeText(v: unknown): string {
  if (v === null || v === undefined) return 'fanns inte';
  if (Array.isArray(v)) {
    const months = v
      .filter(isObj)
      .map((r) => r.month)
      .filter((m): m is string => typeof m === 'string')
      .sort();
    if (months.length > 0 && months.length === v.length) {
      const name = (m: string) => `${monthName(Number(m.slice(5, 7)))} ${m.slice(0, 4)}`;
      const span = months.length === 1 ? name(months[0]!) : `${name(months[0]!)}–${name(months.at(-1)!)}`;
      return `${monthsCountText(months.length)} (${span})`;
    }
    return v.length === 0 ? 'inga' : countWithNoun(v.length, ROWS);
  }
  if (isObj(v)) {
    if (Array.isArray(v.staff) && typeof v.year === 'number') {
      const staff = v.staff.filter(isObj);
      const fte = staff.filter((s) => s.role === 'lots' && s.vacant !== true).reduce((s, r) => s + (typeof r.fte === 'number' ? r.fte : 0), 0);
      return `plan för ${v.year}: ${countWithNoun(staff.length, POSITIONS)}, ${formatLotsar(fte)} ${fte === 1 ? 'lots' : 'lotsar'}, övriga kostnader ${listText(asArray(v.otherCosts), 'label')}, finansiering ${listText(asArray(v.funding), 'source')}`;
    }
    if (typeof v.title === 'string') return `”${v.title}”`;
    return 'uppgifter';
  }
  return auditValueText('', v);
}

function describeWhole(before: unknown, after: unknown): AuditChangeLine[] {
  return [{ label: 'Innehåll', before: wholeText(before), after: wholeText(after) }];
}
