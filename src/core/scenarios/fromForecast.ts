// "Spara i scenario…": which of the Prognos inputs a scenario carries as overrides, and the
// inverse, so that Scenarier, `lotsplan forecast --scenario` and the memo compute from the stored
// scenario what Prognos showed. What a scenario cannot carry is named in Swedish, never dropped
// silently.
//
// Carried (forecast input → override):
// - arrivalsPerMonth → arrivalsChangePercent, relative to the plan's referrals per month;
// - meanStayMonths → meanStayMonths (null when it is the plan's);
// - caseload → settings.caseloadPerLots (left out when it is the plan's);
// - leadTime (Rekryteringstid) → settings.recruitmentLeadTimeMonths (left out when it is the year's);
// - surges, trendPercent, season → the fields of the same names.
// Not carried: lotsar that differ from the scenario's own month profile (a scenario changes
// lotsar through its positions), a start other than the plan's or the monthly statistics', the
// flows (abandonment, absence, urgent referrals), a stay
// distribution other than the exponential, the service level and the backlog target.
import { savedForecastInputsSchema, type SavedForecastInputs, type SavedForecastInputsInput } from '../forecast/saved.ts';
import { formatNumber } from '../format/index.ts';
import { emptyOverrides, scenarioOverridesSchema } from './overrides.ts';
import type { ScenarioOverrides } from './types.ts';

/** What the scenario's forecast starts from, without the forecast's own changes. */
export interface ForecastScenarioBasis {
  /** The saved plan's referrals per month and mean stay. */
  planArrivalsPerMonth: number;
  planMeanStayMonths: number;
  planCaseload: number;
  /** The year's recruitment lead time in months. */
  planLeadTimeMonths: number;
  /** Lots FTE per forecast month of the scenario's (or plan's) own staffing. */
  lotsarByMonth: readonly number[];
  enrolled: number;
  queue: number;
}

export interface ForecastOverridesResult {
  overrides: ScenarioOverrides;
  /** Swedish sentences, one per assumption the scenario cannot carry. */
  notCarried: string[];
}

const SAME = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= SAME * Math.max(1, Math.abs(a), Math.abs(b));

/** The lots FTE per month the inputs ran on (the flat lotsar for every month without a profile). */
function inputProfile(inputs: SavedForecastInputs): number[] {
  const horizon = inputs.horizon;
  const byMonth = inputs.lotsarByMonth ?? null;
  return Array.from({ length: horizon }, (_, i) => (byMonth ? (byMonth[Math.min(i, byMonth.length - 1)] ?? inputs.lotsar) : inputs.lotsar));
}

const seasonMeanOk = (season: readonly number[]) => Math.abs(season.reduce((a, b) => a + b, 0) / 12 - 1) <= 0.005;

/**
 * The overrides that carry the forecast's inputs, over the scenario's other overrides (positions,
 * costs, funding and the other settings are kept), and what cannot be carried.
 */
export function forecastInputsToOverrides(inputs: SavedForecastInputs, basis: ForecastScenarioBasis, existing: ScenarioOverrides): ForecastOverridesResult {
  const notCarried: string[] = [];
  const n = (x: number, d = 2) => formatNumber(x, { maxDecimals: d });
  let arrivalsChangePercent = 0;
  if (basis.planArrivalsPerMonth > 0) {
    arrivalsChangePercent = close(inputs.arrivalsPerMonth, basis.planArrivalsPerMonth) ? 0 : (inputs.arrivalsPerMonth / basis.planArrivalsPerMonth - 1) * 100;
    if (arrivalsChangePercent > 1000) {
      notCarried.push(
        `${n(inputs.arrivalsPerMonth)} anmälningar i månaden är mer än elva gånger planens och kan inte sparas i ett scenario; scenariot räknar med planens.`,
      );
      arrivalsChangePercent = 0;
    }
  } else if (inputs.arrivalsPerMonth !== 0) {
    notCarried.push('Planen har inga anmälningar att ändra i procent, så anmälningarna i månaden kan inte sparas i scenariot.');
  }
  const meanStayMonths = close(inputs.meanStayMonths, basis.planMeanStayMonths) ? null : inputs.meanStayMonths;
  const { caseloadPerLots: _caseload, recruitmentLeadTimeMonths: leadTime, ...otherSettings } = existing.settings;
  const settings: ScenarioOverrides['settings'] = close(inputs.caseload, basis.planCaseload)
    ? otherSettings
    : { ...otherSettings, caseloadPerLots: inputs.caseload };
  // Absent: the forecast did not say, and the scenario's own lead time stays.
  const lead = inputs.leadTime ?? leadTime;
  if (lead !== undefined && lead !== basis.planLeadTimeMonths) settings.recruitmentLeadTimeMonths = lead;
  let season = inputs.season ? [...inputs.season] : null;
  if (season && !seasonMeanOk(season)) {
    notCarried.push('Säsongsvariationen kan inte sparas i scenariot, eftersom medelvärdet av de tolv faktorerna inte är 1.');
    season = null;
  }
  const profile = inputProfile(inputs);
  if (profile.some((l, i) => !close(l, basis.lotsarByMonth[Math.min(i, basis.lotsarByMonth.length - 1)] ?? l))) {
    notCarried.push(
      'Antalet lotsar kan inte sparas som ett antagande: scenariot räknar med lotsarna i sin egen bemanning. Lägg till eller ändra tjänster i scenariot på Scenarier.',
    );
  }
  if (inputs.enrolled !== basis.enrolled || inputs.queue !== basis.queue) {
    notCarried.push(
      `Läget vid start (${n(inputs.enrolled)} inskrivna och ${n(inputs.queue)} i kö) sparas inte; scenariot börjar från planen eller den senaste månadsstatistiken (${n(basis.enrolled)} inskrivna och ${n(basis.queue)} i kö).`,
    );
  }
  const flows: [number | undefined, string][] = [
    [inputs.abandonment, 'att väntande lämnar kön'],
    [inputs.absence, 'frånvaron'],
    [inputs.priorityShare, 'andelen som går före i kön'],
  ];
  for (const [value, label] of flows) {
    if (value !== undefined && value !== 0) notCarried.push(`Antagandet om ${label} kan inte sparas i ett scenario.`);
  }
  if (inputs.stayDistribution !== 'exponential')
    notCarried.push('Vistelsetidens fördelning kan inte sparas i ett scenario; scenariot räknar med den vanliga (exponentiella).');
  if (inputs.targetServiceLevel) notCarried.push('Målet för hur många som ska kunna skrivas in inom en viss tid sparas inte i scenariot.');
  if (inputs.backlog) notCarried.push('Målet att få ner kön till ett datum sparas inte i scenariot.');
  if (inputs.targetProbability !== 0.1 || inputs.targetWaitWeeks !== 2) {
    notCarried.push('Målen för risken och väntetiden sparas inte i scenariot; Scenarier jämför mot sina egna mål.');
  }
  const overrides = scenarioOverridesSchema.parse({
    ...existing,
    arrivalsChangePercent,
    meanStayMonths,
    surges: inputs.surges.map((s) => ({ ...s })),
    trendPercent: inputs.trendPercent,
    season,
    settings,
  });
  return { overrides, notCarried };
}

/** The forecast inputs a scenario's overrides give, for the fields a scenario carries. */
export function overridesToForecastInputs(overrides: ScenarioOverrides, basis: ForecastScenarioBasis) {
  return {
    arrivalsPerMonth: basis.planArrivalsPerMonth * (1 + overrides.arrivalsChangePercent / 100),
    meanStayMonths: overrides.meanStayMonths ?? basis.planMeanStayMonths,
    caseload: overrides.settings.caseloadPerLots ?? basis.planCaseload,
    leadTime: overrides.settings.recruitmentLeadTimeMonths ?? basis.planLeadTimeMonths,
    surges: overrides.surges.map((s) => ({ ...s })),
    trendPercent: overrides.trendPercent,
    season: overrides.season ? [...overrides.season] : null,
  };
}

/** What a scenario cannot carry of the screen's inputs (given as the screen sends them), for the save dialog. */
export function notCarriedOfScreen(screen: SavedForecastInputsInput, basis: ForecastScenarioBasis): string[] {
  const parsed = savedForecastInputsSchema.safeParse(screen);
  if (!parsed.success) return [];
  return forecastInputsToOverrides(parsed.data, basis, emptyOverrides()).notCarried;
}
