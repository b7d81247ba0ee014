// What importing an exchange file would change in a plan that is already in the database, so that
// the user can be asked before it is replaced: staff rows added, removed and changed, the key
// figures and settings that differ, and one Swedish sentence that sums it up.
import { computeKeyFigures } from '../figures/keyFigures.ts';
import {
  capitalizeFirst,
  countInText,
  countWithNoun,
  formatFte,
  formatKronor,
  formatLotsar,
  formatNumber,
  formatPercentValue,
  monthName,
} from '../format/index.ts';
import { STAFF_ROLE_LABELS, type StaffPosition, type UnitYearPlan } from '../plan/model.ts';
import { GENDER_TERMS } from '../validation/fieldNames.ts';

/** One value that differs: "Total kostnad", "4 189 826 kr", "4 250 000 kr". */
export interface ImportChange {
  label: string;
  before: string;
  after: string;
}

export interface ImportPreview {
  district: string;
  unit: string;
  year: number;
  /** True when a plan for the same unit and year is in the database and would be replaced. */
  exists: boolean;
  /** True when the file holds exactly what the database holds (nothing would change). */
  identical: boolean;
  staff: { added: number; removed: number; changed: number };
  /** One line per staff row added, removed or changed, in Swedish. */
  staffDetails: string[];
  /** Key figures and settings that differ, in a fixed order. */
  changes: ImportChange[];
  /** The preview in one or two Swedish sentences. */
  summary: string;
}

export interface PreviewSide {
  plan: UnitYearPlan;
  /** The salaries and other costs are example values (the demo data). */
  exampleValues: boolean;
}

/** Staff rows compared field by field; rows listed beyond this are summed up. */
const MAX_STAFF_DETAILS = 12;
const CHANGES = { singular: 'ändring', plural: 'ändringar', gender: 'common' } as const;

function positionName(p: StaffPosition): string {
  const role = STAFF_ROLE_LABELS[p.role];
  const title = p.title.trim();
  return title === '' || title === role ? role : `${role} ”${title}”`;
}

function monthsText(p: StaffPosition): string {
  if (p.fromMonth === 1 && p.toMonth === 12) return 'hela året';
  return p.fromMonth === p.toMonth ? monthName(p.fromMonth) : `${monthName(p.fromMonth)}–${monthName(p.toMonth)}`;
}

function positionText(p: StaffPosition): string {
  const vacant = p.vacant === true ? ', vakant' : '';
  return `${positionName(p)} ${formatFte(p.fte)}, ${formatKronor(p.monthlySalary)} i månaden, ${monthsText(p)}${vacant}`;
}

function sameFunding(a: StaffPosition, b: StaffPosition): boolean {
  return (a.fundingSource ?? null) === (b.fundingSource ?? null);
}

function samePosition(a: StaffPosition, b: StaffPosition): boolean {
  return (
    a.role === b.role &&
    a.title === b.title &&
    a.fte === b.fte &&
    a.monthlySalary === b.monthlySalary &&
    a.fromMonth === b.fromMonth &&
    a.toMonth === b.toMonth &&
    (a.vacant === true) === (b.vacant === true) &&
    sameFunding(a, b)
  );
}

/** "sysselsättningsgrad 1,0 → 0,5; månadslön 38 500 kr → 40 000 kr". */
function positionChanges(a: StaffPosition, b: StaffPosition): string {
  const parts: string[] = [];
  if (a.role !== b.role) parts.push(`roll ${STAFF_ROLE_LABELS[a.role]} → ${STAFF_ROLE_LABELS[b.role]}`);
  if (a.title !== b.title) parts.push(`titel ”${a.title}” → ”${b.title}”`);
  if (a.fte !== b.fte) parts.push(`sysselsättningsgrad ${formatFte(a.fte)} → ${formatFte(b.fte)}`);
  if (a.monthlySalary !== b.monthlySalary) parts.push(`månadslön ${formatKronor(a.monthlySalary)} → ${formatKronor(b.monthlySalary)}`);
  if (a.fromMonth !== b.fromMonth || a.toMonth !== b.toMonth) parts.push(`månader ${monthsText(a)} → ${monthsText(b)}`);
  if ((a.vacant === true) !== (b.vacant === true)) parts.push(b.vacant === true ? 'blir vakant' : 'blir tillsatt');
  if (!sameFunding(a, b))
    parts.push(`finansieras av ${a.fundingSource ? `”${a.fundingSource}”` : 'ej angivet'} → ${b.fundingSource ? `”${b.fundingSource}”` : 'ej angivet'}`);
  return parts.join('; ');
}

interface StaffDiff {
  added: StaffPosition[];
  removed: StaffPosition[];
  changed: [StaffPosition, StaffPosition][];
}

/**
 * Rows are matched as a multiset: identical rows first, then the remaining rows of the same role
 * and title in their order (a changed row), then rows of the same role; what is left was added or
 * removed.
 */
export function diffStaff(before: readonly StaffPosition[], after: readonly StaffPosition[]): StaffDiff {
  const left = [...before];
  const right = [...after];
  const take = (list: StaffPosition[], match: (p: StaffPosition) => boolean): StaffPosition | undefined => {
    const i = list.findIndex(match);
    return i < 0 ? undefined : list.splice(i, 1)[0];
  };
  for (const b of [...right]) {
    if (take(left, (a) => samePosition(a, b))) right.splice(right.indexOf(b), 1);
  }
  const changed: [StaffPosition, StaffPosition][] = [];
  for (const rule of [
    (a: StaffPosition, b: StaffPosition) => a.role === b.role && a.title === b.title,
    (a: StaffPosition, b: StaffPosition) => a.role === b.role,
  ]) {
    for (const b of [...right]) {
      const a = take(left, (x) => rule(x, b));
      if (a) {
        right.splice(right.indexOf(b), 1);
        changed.push([a, b]);
      }
    }
  }
  return { added: right, removed: left, changed };
}

function sumOf(items: readonly { amount: number }[]): number {
  return items.reduce((s, i) => s + i.amount, 0);
}

function ageText(p: UnitYearPlan): string {
  if (p.ageFrom === null && p.ageTo === null) return 'ej angiven';
  if (p.ageTo === null) return `från ${p.ageFrom} år`;
  if (p.ageFrom === null) return `till ${p.ageTo} år`;
  return `${p.ageFrom}–${p.ageTo} år`;
}

function demandText(p: UnitYearPlan): string {
  if (!p.demand) return 'ej angiven';
  const { arrivalsPerMonth: a, meanStayMonths: m } = p.demand;
  return `${formatNumber(a, { maxDecimals: 2 })} ${a === 1 ? 'anmälan' : 'anmälningar'} per månad, ${formatNumber(m, { maxDecimals: 2 })} ${m === 1 ? 'månads' : 'månaders'} vistelse`;
}

function rowsText(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

function amountsText(items: readonly { amount: number }[], singular: string, plural: string): string {
  return items.length === 0 ? 'inga' : `${formatKronor(sumOf(items))} (${rowsText(items.length, singular, plural)})`;
}

function fundingKey(items: UnitYearPlan['funding']): string {
  return JSON.stringify(items.map((f) => [f.source, f.amount, f.period]));
}

function costsKey(items: UnitYearPlan['otherCosts']): string {
  return JSON.stringify(items.map((c) => [c.label, c.amount]));
}

function participantsKey(p: UnitYearPlan['participants']): string {
  return JSON.stringify([p.enrolled, p.men, p.women, p.otherGender, p.genderUnknown, p.queue, p.touched]);
}

/** The differences in a fixed order; equal values are left out. */
function valueChanges(before: PreviewSide, after: PreviewSide): ImportChange[] {
  const a = before.plan;
  const b = after.plan;
  const fa = computeKeyFigures(a);
  const fb = computeKeyFigures(b);
  const out: ImportChange[] = [];
  const add = (label: string, x: string, y: string, differs = x !== y) => {
    if (differs) out.push({ label, before: x, after: y });
  };
  add('Lotsar (årsarbetare)', formatLotsar(fa.lotsarFte), formatLotsar(fb.lotsarFte));
  add(
    'Deltagare per heltidslots (planerat)',
    formatNumber(a.caseloadPerLots, { maxDecimals: 2 }),
    formatNumber(b.caseloadPerLots, { maxDecimals: 2 }),
    a.caseloadPerLots !== b.caseloadPerLots,
  );
  add('Platser', formatNumber(fa.capacity), formatNumber(fb.capacity));
  add(
    'PO-pålägg',
    formatPercentValue(a.poPercent, { minDecimals: 0, maxDecimals: 2 }),
    formatPercentValue(b.poPercent, { minDecimals: 0, maxDecimals: 2 }),
    a.poPercent !== b.poPercent,
  );
  add('Personalkostnad', formatKronor(fa.staffCost), formatKronor(fb.staffCost), Math.round(fa.staffCost) !== Math.round(fb.staffCost));
  add(
    'Övriga kostnader',
    amountsText(a.otherCosts, 'post', 'poster'),
    amountsText(b.otherCosts, 'post', 'poster'),
    costsKey(a.otherCosts) !== costsKey(b.otherCosts),
  );
  add('Total kostnad', formatKronor(fa.totalCost), formatKronor(fb.totalCost), Math.round(fa.totalCost) !== Math.round(fb.totalCost));
  add('Finansiering', amountsText(a.funding, 'rad', 'rader'), amountsText(b.funding, 'rad', 'rader'), fundingKey(a.funding) !== fundingKey(b.funding));
  add('Inskrivna', formatNumber(fa.enrolled), formatNumber(fb.enrolled));
  if (participantsKey(a.participants) !== participantsKey(b.participants) && fa.enrolled === fb.enrolled) {
    const gender = (p: UnitYearPlan['participants']) =>
      `${formatNumber(p.men)} män, ${formatNumber(p.women)} kvinnor, ${formatNumber(p.otherGender)} ${GENDER_TERMS.otherGender}, ${formatNumber(p.genderUnknown)} ${GENDER_TERMS.genderUnknown}`;
    add('Könsfördelning', gender(a.participants), gender(b.participants));
  }
  add('Kö', formatNumber(fa.queue), formatNumber(fb.queue));
  add('Berörda (ej inskrivna)', formatNumber(fa.touched), formatNumber(fb.touched));
  add('Efterfrågan', demandText(a), demandText(b), JSON.stringify(a.demand) !== JSON.stringify(b.demand));
  add('Målgrupp (ålder)', ageText(a), ageText(b));
  add(
    'Beloppen',
    before.exampleValues ? 'exempelvärden' : 'verkliga',
    after.exampleValues ? 'exempelvärden' : 'verkliga',
    before.exampleValues !== after.exampleValues,
  );
  return out;
}

function staffDetails(diff: StaffDiff): string[] {
  const lines = [
    ...diff.changed.map(([a, b]) => `Ändras: ${positionName(a)}: ${positionChanges(a, b)}.`),
    ...diff.added.map((p) => `Läggs till: ${positionText(p)}.`),
    ...diff.removed.map((p) => `Tas bort: ${positionText(p)}.`),
  ];
  if (lines.length <= MAX_STAFF_DETAILS) return lines;
  const rest = lines.length - (MAX_STAFF_DETAILS - 1);
  return [...lines.slice(0, MAX_STAFF_DETAILS - 1), `… och ${countWithNoun(rest, CHANGES)} till av tjänsterna.`];
}

/** "en tjänst läggs till, två tas bort och en ändras"; null when no row changes. */
function staffSummary(s: ImportPreview['staff']): string | null {
  const items = (
    [
      [s.added, 'läggs till'],
      [s.removed, 'tas bort'],
      [s.changed, 'ändras'],
    ] as const
  ).filter(([n]) => n > 0);
  if (items.length === 0) return null;
  const parts = items.map(([n, verb], i) => (i === 0 ? `${countInText(n)} ${n === 1 ? 'tjänst' : 'tjänster'} ${verb}` : `${countInText(n)} ${verb}`));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)!}`;
}

/**
 * What importing `incoming` would do to `current` (null when the database holds no plan for the
 * same unit and year: then nothing is replaced).
 */
export function previewImport(current: PreviewSide | null, incoming: PreviewSide): ImportPreview {
  const { district, unit, year } = incoming.plan;
  const what = `${district}, ${unit} ${year}`;
  if (current === null) {
    return {
      district,
      unit,
      year,
      exists: false,
      identical: false,
      staff: { added: incoming.plan.staff.length, removed: 0, changed: 0 },
      staffDetails: [],
      changes: [],
      summary: `${what} finns inte i databasen och läses in som en ny plan. Inga andra planer ändras.`,
    };
  }
  const diff = diffStaff(current.plan.staff, incoming.plan.staff);
  const staff = { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
  const changes = valueChanges(current, incoming);
  const staffChanged = staff.added + staff.removed + staff.changed > 0;
  const sameOrder = current.plan.staff.length === incoming.plan.staff.length && current.plan.staff.every((p, i) => samePosition(p, incoming.plan.staff[i]!));
  const identical = !staffChanged && changes.length === 0 && sameOrder;
  const head = `${what} finns redan i databasen och ersätts helt av filens plan.`;
  let rest: string;
  if (identical) rest = ' Filen innehåller samma uppgifter som databasen, så ingenting ändras.';
  else if (!staffChanged && changes.length === 0) rest = ' Bara tjänsternas ordning ändras.';
  else {
    const staffText = staffSummary(staff);
    const n = changes.length;
    const valuesText =
      n === 0 ? null : `${countInText(n, { gender: 'neuter' })} ${n === 1 ? 'värde ändras' : 'värden ändras'} bland nyckeltalen och inställningarna`;
    const parts = [staffText, valuesText].filter((p): p is string => p !== null);
    rest = ` ${capitalizeFirst(parts.join('; '))}.`;
  }
  return { district, unit, year, exists: true, identical, staff, staffDetails: staffDetails(diff), changes, summary: head + rest };
}
