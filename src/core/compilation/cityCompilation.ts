// The city-wide compilation (stadsövergripande sammanställning) of one year: every unit's plan in
// one table with totals, as socialförvaltningen reports SIG to its board (the city's 2016 report in docs/DOMAIN.md: enrolled and
// reached per district, funds granted per application period). Counts of people by gender can
// identify someone in a small unit, so they can be masked (maskGenderTable):
// - primary: a count from 1 to `maskBelow − 1` is hidden, in a unit and in the city totals;
// - secondary: no hidden count may follow from what is shown (each unit's enrolled, the city's
//   enrolled, the city total of each column): while one does, the smallest shown count in its row
//   (or else its column) is hidden too, a zero only when nothing else is left.
// Known limit: hidden counts can still be bounded (two hidden counts that sum to 2 are both 1);
// the rule removes exact derivation, not every inference.
import { computeKeyFigures } from '../figures/keyFigures.ts';
import { capitalizeFirst, countInText, formatAmountForText, formatNumber } from '../format/index.ts';
import type { UnitYearPlan } from '../plan/model.ts';
import { sortSwedish } from '../format/sort.ts';
import { GENDER_HEADINGS } from '../validation/fieldNames.ts';

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
  totals: Omit<CompilationRow, 'district' | 'unit' | 'utilization' | 'costPerParticipant'> & {
    costPerParticipant: number | null;
    units: number;
    districts: number;
  };
  /** The application periods that occur, in order ("1", "2"), for the table's columns. */
  periods: string[];
  /** True when any gender count is hidden. */
  masked: boolean;
  /** The compilation in one Swedish paragraph, in the style of socialförvaltningen's report. */
  summary: string;
}

const GENDER_KEYS = ['men', 'women', 'otherGender', 'genderUnknown'] as const;

/** Column headings, the same on the page and in the export. */
export const COMPILATION_HEADINGS = {
  lotsarFte: 'Lotsar',
  capacity: 'Platser',
  enrolled: 'Inskrivna',
  men: 'Män',
  women: 'Kvinnor',
  otherGender: GENDER_HEADINGS.otherGender,
  genderUnknown: GENDER_HEADINGS.genderUnknown,
  touched: 'Berörda (ej inskrivna)',
  queue: 'Kö',
  funding: 'Finansiering',
  costPerParticipant: 'Kostnad per deltagare',
} as const;

/** "en enhet", "sex enheter", "14 enheter". */
export function unitsText(n: number): string {
  return n === 1 ? 'en enhet' : `${countInText(n)} enheter`;
}

/**
 * Why a compilation has nothing to show: no unit has a plan for the year (or the database has no
 * plans at all), with the years that have plans, oldest first. The same sentence in every output.
 */
export function nothingToCompileText(year: number | undefined, yearsWithPlans: readonly number[]): string {
  if (year === undefined || yearsWithPlans.length === 0) return 'Databasen innehåller inga planer, så det finns ingenting att sammanställa.';
  // Years are names, not amounts: written without a digit group separator.
  const years = [...new Set(yearsWithPlans)].sort((a, b) => a - b).map(String);
  const list = years.length === 1 ? years[0] : `${years.slice(0, -1).join(', ')} och ${years.at(-1)}`;
  return `Det finns inga planer för ${year} i databasen, så det finns ingenting att sammanställa för det året. Planer finns för ${list}.`;
}

type Counts = Record<(typeof GENDER_KEYS)[number], number>;

/**
 * Masks a whole table of units and the city totals (see the file comment). The shown figures give
 * linear equations for the hidden ones: each unit's enrolled (its row), the city's enrolled and, for
 * each column, units' counts summing to the city total. A hidden count is given away when those
 * equations determine it; then one more count in its row (or else its column) is hidden, the
 * smallest, and the check runs again until no hidden count is determined. Without a threshold
 * nothing is hidden.
 */
export function maskGenderTable(units: readonly Counts[], maskBelow: number | null): { rows: GenderCounts[]; totals: GenderCounts } {
  const totalCounts = Object.fromEntries(GENDER_KEYS.map((k) => [k, sum(units.map((u) => u[k]))])) as Counts;
  const grid = [...units, totalCounts]; // the last row is the city
  const hidden = grid.map((u) => new Set<Key>(GENDER_KEYS.filter((k) => maskBelow !== null && u[k] > 0 && u[k] < maskBelow)));
  for (;;) {
    const given = firstDetermined(grid.length, hidden);
    if (!given) break;
    const [r, k] = given;
    // Candidates: the shown counts in its row and its column, smallest first (zeros last); the first
    // that leaves it undetermined is hidden, or else the smallest, and the check runs again.
    // (It may be given away through another hidden count, as a city total that is alone in the
    // city's row, so the rest of the table comes after its own row and column.)
    const byValue = (cells: [number, Key][]) =>
      cells.filter(([i, g]) => !hidden[i]!.has(g)).sort(([i, g], [j, h]) => rankOfValue(grid[i]![g]) - rankOfValue(grid[j]![h]));
    const near = byValue([...GENDER_KEYS.map((g): [number, Key] => [r, g]), ...grid.map((_, i): [number, Key] => [i, k])]);
    const far = byValue(grid.flatMap((_, i) => GENDER_KEYS.map((g): [number, Key] => [i, g])).filter(([i, g]) => i !== r && g !== k));
    const candidates = [...near, ...far];
    const helps = (cell: [number, Key]) => {
      const trial = hidden.map((set, i) => new Set(i === cell[0] ? [...set, cell[1]] : set));
      return !isDetermined(grid.length, trial, r, k);
    };
    const next = candidates.find(helps) ?? candidates[0];
    if (!next) break; // everything is hidden
    hidden[next[0]]!.add(next[1]);
  }
  const masked = grid.map((u, i) => {
    const out: GenderCounts = { ...u };
    for (const k of hidden[i]!) out[k] = null;
    return out;
  });
  return { rows: masked.slice(0, -1), totals: masked.at(-1)! };
}

/** Non-zero counts first (smallest first), zeros last: hiding a zero protects least. */
function rankOfValue(n: number): number {
  return n === 0 ? Number.MAX_SAFE_INTEGER : n;
}

type Key = (typeof GENDER_KEYS)[number];

/** The equations the shown figures give for the hidden counts (coefficients only). */
function equationsFor(rows: number, hidden: readonly ReadonlySet<Key>[]): { unknowns: [number, Key][]; equations: number[][] } {
  const unknowns: [number, Key][] = [];
  hidden.forEach((set, r) => {
    for (const k of GENDER_KEYS) if (set.has(k)) unknowns.push([r, k]);
  });
  const city = rows - 1;
  const equations: number[][] = [];
  // Each row's enrolled is shown: its hidden counts sum to a known number.
  for (let r = 0; r < rows; r++) equations.push(unknowns.map(([i]) => (i === r ? 1 : 0)));
  // Each column: the units' counts minus the city's count is zero.
  for (const k of GENDER_KEYS) equations.push(unknowns.map(([i, g]) => (g !== k ? 0 : i === city ? -1 : 1)));
  return { unknowns, equations };
}

function determinedIndex(equations: number[][], unknowns: number, j: number, base: number): boolean {
  return matrixRank([...equations, Array.from({ length: unknowns }, (_, c) => (c === j ? 1 : 0))]) === base;
}

function isDetermined(rows: number, hidden: readonly ReadonlySet<Key>[], r: number, k: Key): boolean {
  const { unknowns, equations } = equationsFor(rows, hidden);
  const j = unknowns.findIndex(([i, g]) => i === r && g === k);
  return determinedIndex(equations, unknowns.length, j, matrixRank(equations));
}

/** The first hidden count [row, key] that the shown figures determine, or null. */
function firstDetermined(rows: number, hidden: readonly ReadonlySet<Key>[]): [number, Key] | null {
  const { unknowns, equations } = equationsFor(rows, hidden);
  if (unknowns.length === 0) return null;
  const base = matrixRank(equations);
  const j = unknowns.findIndex((_, index) => determinedIndex(equations, unknowns.length, index, base));
  return j < 0 ? null : unknowns[j]!;
}

/** The rank of a small matrix by Gaussian elimination (the entries are −1, 0 and 1). */
export function matrixRank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => [...row]);
  const cols = m[0]?.length ?? 0;
  let rank = 0;
  for (let c = 0; c < cols && rank < m.length; c++) {
    let pivot = -1;
    for (let i = rank; i < m.length; i++) if (Math.abs(m[i]![c]!) > 1e-9) pivot = pivot < 0 ? i : pivot;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const f = m[i]![c]! / p[c]!;
      if (f !== 0) m[i] = m[i]!.map((x, k) => x - f * p[k]!);
    }
    rank++;
  }
  return rank;
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
      gender: { men: p.men, women: p.women, otherGender: p.otherGender, genderUnknown: p.genderUnknown } as GenderCounts,
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
  const masking = maskGenderTable(
    ordered.map((p) => ({
      men: p.participants.men,
      women: p.participants.women,
      otherGender: p.participants.otherGender,
      genderUnknown: p.participants.genderUnknown,
    })),
    maskBelow,
  );
  rows.forEach((r, i) => {
    r.gender = masking.rows[i]!;
  });
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
    gender: masking.totals,
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

/**
 * Everyone reached, split as the table splits them. "Berörda" has one meaning everywhere: reached
 * without being enrolled (the table's column), so the sum of both is "nåtts", never "berörts".
 */
export function reachedSentence(enrolled: number, touched: number): string {
  const reached = enrolled + touched;
  const people = (n: number) => `${countInText(n)} ${n === 1 ? 'person' : 'personer'}`;
  if (reached === 0) return 'Ingen har nåtts av arbetet.';
  if (touched === 0)
    return `${capitalizeFirst(people(enrolled))} har varit ${enrolled === 1 ? 'inskriven' : 'inskrivna'}, och ingen har berörts av arbetet utan att skrivas in.`;
  if (enrolled === 0) return `${capitalizeFirst(people(touched))} har berörts av arbetet utan att skrivas in; ingen har varit inskriven.`;
  return (
    `${capitalizeFirst(people(reached))} har nåtts av arbetet: ${countInText(enrolled)} har varit ${enrolled === 1 ? 'inskriven' : 'inskrivna'} ` +
    `och ${countInText(touched)} har berörts utan att skrivas in.`
  );
}

function describeCompilation(year: number, totals: CityCompilation['totals'], masked: boolean, maskBelow: number | null): string {
  if (totals.units === 0) return `Det finns inga planer för ${year} i databasen.`;
  const districts = totals.districts === 1 ? 'en stadsdelsförvaltning' : `${countInText(totals.districts)} stadsdelsförvaltningar`;
  const units = totals.units === totals.districts ? '' : ` med ${unitsText(totals.units)}`;
  const sentences = [`År ${year} har ${districts}${units} redovisat Sociala insatsgrupper. ${reachedSentence(totals.enrolled, totals.touched)}`];
  if (totals.funding > 0) sentences.push(`Finansieringen uppgår till sammanlagt ${formatAmountForText(totals.funding)}.`);
  if (totals.lotsarFte > 0) {
    const fte = Number.isInteger(totals.lotsarFte) ? countInText(totals.lotsarFte) : formatNumber(totals.lotsarFte, { maxDecimals: 2 });
    const places = `${countInText(totals.capacity)} ${totals.capacity === 1 ? 'plats' : 'platser'}`;
    sentences.push(
      totals.units === 1
        ? `Enheten har ${fte} ${totals.lotsarFte === 1 ? 'lotstjänst' : 'lotstjänster'} och ${places}.`
        : `Enheterna har tillsammans ${fte} lotstjänster och ${places}.`,
    );
  }
  if (masked && maskBelow !== null) {
    sentences.push(
      `Antal under ${countInText(maskBelow)} per kön redovisas inte, och inte heller antal som skulle avslöja dem, för att ingen enskild ska kunna identifieras.`,
    );
  }
  return sentences.join(' ');
}
