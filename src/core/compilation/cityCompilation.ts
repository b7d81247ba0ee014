// The city-wide compilation (stadsövergripande sammanställning) of one year: every unit's plan in
// one table with totals, as socialförvaltningen reports SIG to its board (seed 002: enrolled and
// reached per district, funds granted per application period). Counts of people by gender can
// identify someone in a small unit, so they can be masked: a count from 1 to `maskBelow − 1` is
// hidden, and when a row would then hide only one cell of a total that is shown, the next
// smallest count is hidden too, so the hidden one cannot be worked out by subtraction.
import { computeKeyFigures } from '../figures/keyFigures.ts';
import { capitalizeFirst, countInText, formatAmountForText, formatNumber } from '../format/index.ts';
import type { UnitYearPlan } from '../plan/model.ts';
import { sortSwedish } from '../districts.ts';

/** Counts below this are hidden unless the user chooses otherwise (a common rule in Swedish statistics). */
export const DEFAULT_MASK_BELOW = 3;

export interface GenderCounts {
  men: number | null;
  women: number | null;
  otherGender: number | null;
  genderUnknown: number | null;
}

export interface CompilationRow {
  district: string;
  unit: string;
  lotsarFte: number;
  capacity: number;
  enrolled: number;
  /** null where the count is masked. */
  gender: GenderCounts;
  touched: number;
  queue: number;
  funding: number;
  /** Funding per application period ("1", "2", …); lines without a period under null. */
  fundingByPeriod: Record<string, number>;
  totalCost: number;
  costPerParticipant: number | null;
  utilization: number | null;
}

export interface CityCompilation {
  year: number;
  /** The masking threshold used; null when nothing is masked. */
  maskBelow: number | null;
  rows: CompilationRow[];
  totals: Omit<CompilationRow, 'district' | 'unit' | 'utilization' | 'costPerParticipant'> & { costPerParticipant: number | null; units: number; districts: number };
  /** The application periods that occur, in order ("1", "2"), for the table's columns. */
  periods: string[];
  /** True when any gender count is hidden. */
  masked: boolean;
  /** The compilation in one Swedish paragraph, in the style of socialförvaltningen's report. */
  summary: string;
}

const GENDER_KEYS = ['men', 'women', 'otherGender', 'genderUnknown'] as const;

/**
 * Hides small counts: every count c with 0 < c < maskBelow, and, when that leaves exactly one
 * hidden cell, the smallest other non-zero count as well (the total is shown, so a single hidden
 * cell would be total minus the rest). Zeros are shown: "no women" is not a small cell.
 */
export function maskGenderCounts(counts: Record<(typeof GENDER_KEYS)[number], number>, maskBelow: number | null): GenderCounts {
  const out: GenderCounts = { ...counts };
  if (maskBelow === null) return out;
  const hidden = GENDER_KEYS.filter((k) => counts[k] > 0 && counts[k] < maskBelow);
  if (hidden.length === 1) {
    const next = GENDER_KEYS.filter((k) => !hidden.includes(k) && counts[k] > 0).sort((a, b) => counts[a] - counts[b])[0];
    if (next) hidden.push(next);
  }
  for (const k of hidden) out[k] = null;
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export function compileCity(plans: readonly UnitYearPlan[], year: number, maskBelow: number | null = DEFAULT_MASK_BELOW): CityCompilation {
  const ofYear = plans.filter((p) => p.year === year);
  const byName = new Map(ofYear.map((p) => [`${p.district}\u0000${p.unit}`, p]));
  const ordered = sortSwedish([...byName.keys()]).map((k) => byName.get(k)!);
  const periods = [...new Set(ofYear.flatMap((p) => p.funding.map((f) => f.period).filter((x): x is string => x !== null)))].sort((a, b) =>
    a.localeCompare(b, 'sv', { numeric: true }),
  );
  const rows: CompilationRow[] = ordered.map((plan) => {
    const f = computeKeyFigures(plan);
    const fundingByPeriod: Record<string, number> = {};
    for (const line of plan.funding) {
      const key = line.period ?? '';
      fundingByPeriod[key] = (fundingByPeriod[key] ?? 0) + line.amount;
    }
    const p = plan.participants;
    return {
      district: plan.district,
      unit: plan.unit,
      lotsarFte: f.lotsarFte,
      capacity: f.capacity,
      enrolled: f.enrolled,
      gender: maskGenderCounts({ men: p.men, women: p.women, otherGender: p.otherGender, genderUnknown: p.genderUnknown }, maskBelow),
      touched: f.touched,
      queue: f.queue,
      funding: f.funding,
      fundingByPeriod,
      totalCost: f.totalCost,
      // A plan without any costs (as the 2016 report) has no cost per participant, not 0 kronor.
      costPerParticipant: f.totalCost > 0 ? f.costPerParticipant : null,
      utilization: f.utilization,
    };
  });
  const raw = (k: (typeof GENDER_KEYS)[number]) => sum(ordered.map((p) => p.participants[k]));
  const fundingByPeriod: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.fundingByPeriod)) fundingByPeriod[k] = (fundingByPeriod[k] ?? 0) + v;
  const enrolled = sum(rows.map((r) => r.enrolled));
  const totalCost = sum(rows.map((r) => r.totalCost));
  const totals = {
    units: rows.length,
    districts: new Set(rows.map((r) => r.district)).size,
    lotsarFte: sum(rows.map((r) => r.lotsarFte)),
    capacity: sum(rows.map((r) => r.capacity)),
    enrolled,
    gender: maskGenderCounts({ men: raw('men'), women: raw('women'), otherGender: raw('otherGender'), genderUnknown: raw('genderUnknown') }, maskBelow),
    touched: sum(rows.map((r) => r.touched)),
    queue: sum(rows.map((r) => r.queue)),
    funding: sum(rows.map((r) => r.funding)),
    fundingByPeriod,
    totalCost,
    costPerParticipant: enrolled > 0 && totalCost > 0 ? totalCost / enrolled : null,
  };
  const masked = [...rows.map((r) => r.gender), totals.gender].some((g) => GENDER_KEYS.some((k) => g[k] === null));
  return { year, maskBelow, rows, totals, periods, masked, summary: describeCompilation(year, totals, masked, maskBelow) };
}

function describeCompilation(year: number, totals: CityCompilation['totals'], masked: boolean, maskBelow: number | null): string {
  if (totals.units === 0) return `Det finns inga planer för ${year} i databasen.`;
  const districts = totals.districts === 1 ? 'en stadsdelsförvaltning' : `${countInText(totals.districts)} stadsdelsförvaltningar`;
  const units = totals.units === totals.districts ? '' : ` med ${countInText(totals.units)} enheter`;
  // "Berörda" in a plan are those reached without being enrolled; the report counts both as reached.
  const reached = totals.enrolled + totals.touched;
  const sentences = [
    `År ${year} har ${districts}${units} redovisat Sociala insatsgrupper. ` +
      `${capitalizeFirst(countInText(reached))} ${reached === 1 ? 'person har' : 'personer har'} berörts av arbetet, ` +
      `och av ${reached === 1 ? 'den' : 'dessa'} har ${countInText(totals.enrolled)} varit ${totals.enrolled === 1 ? 'inskriven' : 'inskrivna'}.`,
  ];
  if (totals.funding > 0) sentences.push(`Finansieringen uppgår till sammanlagt ${formatAmountForText(totals.funding)}.`);
  if (totals.lotsarFte > 0) {
    const fte = formatNumber(totals.lotsarFte, { maxDecimals: 2 });
    const places = `${countInText(totals.capacity)} ${totals.capacity === 1 ? 'plats' : 'platser'}`;
    sentences.push(
      totals.units === 1
        ? `Enheten har ${fte} ${totals.lotsarFte === 1 ? 'lotstjänst' : 'lotstjänster'} och ${places}.`
        : `Enheterna har tillsammans ${fte} lotstjänster och ${places}.`,
    );
  }
  if (masked && maskBelow !== null) sentences.push(`Antal under ${countInText(maskBelow)} per kön redovisas inte, för att ingen enskild ska kunna identifieras.`);
  return sentences.join(' ');
}
