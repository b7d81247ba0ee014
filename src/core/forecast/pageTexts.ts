// Texts of the Prognos page that are not figures: the period the page is about (a screenshot in a
// presentation keeps the heading but not the inputs), the badge for assumptions that differ from
// the plan's, the summary's first sentence on how they differ, the question asked before they are
// dropped, and why "Vad krävs?" and the long-run recommendation give different numbers.
import { countInText, countWithNoun, formatNumber, formatRiskTarget } from '../format/index.ts';
import { forecastMonthLabel, forecastMonthText, type ForecastStart } from './calendar.ts';
import { lotsarText } from './describe.ts';
import type { StayDistributionName } from './options.ts';
import type { ForecastScreenValues } from './screenOptions.ts';

/** Shown by the heading while the inputs differ from the plan's (or the scenario's): they are not saved. */
export const UNSAVED_ASSUMPTIONS_BADGE = 'Ändrade antaganden – inte sparade';

/**
 * The period of the forecast and what it starts from, under the page heading:
 * "Prognos jan 2021–dec 2022, utifrån planen för 2020" or "…, utifrån scenariot ”Ökat tryck”".
 */
export function forecastPeriodHeading(start: ForecastStart, horizon: number, basis: { planYear: number; scenario: string | null }): string {
  const from = basis.scenario === null ? `planen för ${basis.planYear}` : `scenariot ”${basis.scenario}”`;
  return `Prognos ${forecastMonthLabel(start, 1)}–${forecastMonthLabel(start, horizon)}, utifrån ${from}`;
}

/**
 * One sentence by "Vad krävs?" on why its answer is not the long-run recommendation:
 * "Rekommendationen på lång sikt, sju lotsar sammanlagt, ska klara både målet för risken och målet
 * för väntetiden när läget har stabiliserats; ”Vad krävs?” håller risken att behöva vänta under
 * 10 procent varje månad fram till december 2022, och därför kan svaren skilja sig åt."
 */
export function hiringVersusRecommendationText(input: { recommendedLotsar: number; targetProbability: number; start: ForecastStart; horizon: number }): string {
  return (
    `Rekommendationen på lång sikt, ${lotsarText(input.recommendedLotsar)} sammanlagt, ska klara både målet för risken och målet för väntetiden ` +
    `när läget har stabiliserats; ”Vad krävs?” håller risken att behöva vänta under ${formatRiskTarget(input.targetProbability, 'text')} ` +
    `varje månad fram till ${forecastMonthText(input.start, input.horizon)}, och därför kan svaren skilja sig åt.`
  );
}

/** What the forecast's assumptions are compared with at the top of the summary (changedAssumptionsText). */
export interface AssumptionsComparison {
  /** The values the forecast runs on. */
  current: ForecastScreenValues;
  /** The values the screen started from: the plan's, or the scenario's it is built on. */
  basis: ForecastScreenValues;
  basisKind: 'plan' | 'scenario';
  /** Where the counts at the start came from: the plan, or the latest monthly statistics. */
  startSource: 'plan' | 'statistics';
}

const ANMALNINGAR = { singular: 'anmälan', plural: 'anmälningar', gender: 'common' } as const;
const MANADER = { singular: 'månad', plural: 'månader', gender: 'common' } as const;
const DELTAGARE = { singular: 'deltagare', plural: 'deltagare', gender: 'common' } as const;
const INSKRIVNA = { singular: 'inskriven', plural: 'inskrivna', gender: 'common' } as const;
const OKNINGAR = { singular: 'tillfällig ökning', plural: 'tillfälliga ökningar', gender: 'common' } as const;

/** A figure on its own, as the parenthesis names the basis's: "fyra", "2,25", "inga" for zero. */
function bareFigure(n: number, zero = 'inga'): string {
  if (n === 0) return zero;
  return Number.isInteger(n) ? countInText(n) : formatNumber(n, { maxDecimals: 2 });
}

/** A percentage of the form in running text: "10 procent", "12,5 procent", "−5 procent". */
function percentText(percent: number): string {
  return `${formatNumber(percent, { maxDecimals: 1 })} procent`;
}

function trendText(percent: number): string {
  if (percent === 0) return 'ingen förändring av anmälningarna från år till år';
  return `en ${percent > 0 ? 'ökning' : 'minskning'} av anmälningarna med ${percentText(Math.abs(percent))} per år`;
}

function trendFigure(percent: number): string {
  if (percent === 0) return 'ingen förändring';
  return `en ${percent > 0 ? 'ökning' : 'minskning'} med ${percentText(Math.abs(percent))}`;
}

function leadTimeText(months: number): string {
  return months === 0 ? 'ingen rekryteringstid' : `en rekryteringstid på ${countWithNoun(months, MANADER)}`;
}

const STAY_DISTRIBUTION_TEXTS: Record<StayDistributionName, string> = {
  exponential: 'exponentiellt fördelade vistelsetider',
  fixed: 'lika långa vistelser för alla',
  lognormal: 'lognormalt fördelade vistelsetider',
  empirical: 'vistelsetider fördelade som enhetens egna avslut',
};

function distributionText(v: ForecastScreenValues): string {
  const text = STAY_DISTRIBUTION_TEXTS[v.stayDistribution];
  return v.stayDistribution === 'lognormal' ? `${text} med spridningen ${formatNumber(v.staySpread, { maxDecimals: 2 })}` : text;
}

function surgesKey(v: ForecastScreenValues): string {
  return JSON.stringify(v.surges.map((s) => [s.extraArrivals, s.fromMonth, s.toMonth]));
}

function seasonKey(v: ForecastScreenValues): string | null {
  return v.season ? JSON.stringify(v.season) : null;
}

/**
 * One part of the sentence: what the forecast assumes and, when it is shown otherwise, the basis's
 * figure in parentheses ("3,1 anmälningar i månaden (planen: 2,25)"). Null when both read alike.
 */
type Part = { shown: string; basis: string } | null;

function part(current: string, basis: string, basisFigure: string): Part {
  return current === basis ? null : { shown: current, basis: basisFigure };
}

/**
 * The first sentence of the Prognos summary while its assumptions differ from those it started
 * from: "Prognosen bygger på ändrade antaganden: 3,1 anmälningar i månaden (planen: 2,25) och fem
 * lotsar (planen: fyra)." Each assumption is named, with the plan's (or the scenario's) figure,
 * exactly when the two are written differently; null when none is. The targets and the period
 * are not assumptions about the unit but what the forecast is read against (the summary's
 * recommendation names the targets, the heading the period), so they are left out; so are the
 * compared staffings and the month read.
 */
export function changedAssumptionsText(comparison: AssumptionsComparison): string | null {
  const { current: c, basis: b } = comparison;
  const ref = comparison.basisKind === 'plan' ? 'planen' : 'scenariot';
  const startRef = comparison.startSource === 'plan' ? 'planen' : 'månadsstatistiken';
  const parts: { part: Part; ref: string }[] = [];
  const add = (p: Part, label = ref) => parts.push({ part: p, ref: label });

  add(
    part(
      `${countWithNoun(c.arrivalsPerMonth, ANMALNINGAR)} i månaden`,
      `${countWithNoun(b.arrivalsPerMonth, ANMALNINGAR)} i månaden`,
      bareFigure(b.arrivalsPerMonth),
    ),
  );
  add(part(trendText(c.trendPercent ?? 0), trendText(b.trendPercent ?? 0), trendFigure(b.trendPercent ?? 0)));
  const season = seasonKey(c);
  const basisSeason = seasonKey(b);
  if (season !== basisSeason) {
    add(
      season === null
        ? { shown: 'ingen säsongsvariation i anmälningarna', basis: 'en säsongsvariation' }
        : {
            shown: basisSeason === null ? 'en säsongsvariation i anmälningarna' : 'en ändrad säsongsvariation i anmälningarna',
            basis: basisSeason === null ? 'ingen' : 'en annan',
          },
    );
  }
  if (surgesKey(c) !== surgesKey(b)) {
    const n = c.surges.length;
    const m = b.surges.length;
    const shown = n === 0 ? 'inga tillfälliga ökningar' : countWithNoun(n, OKNINGAR);
    add({ shown, basis: m === 0 ? 'inga' : m === n ? (m === 1 ? 'en annan' : `${countInText(m)} andra`) : countInText(m) });
  }
  add(
    part(
      `en genomsnittlig vistelsetid på ${countWithNoun(c.meanStayMonths, MANADER)}`,
      `en genomsnittlig vistelsetid på ${countWithNoun(b.meanStayMonths, MANADER)}`,
      bareFigure(b.meanStayMonths),
    ),
  );
  if (c.stayDistribution !== b.stayDistribution) add({ shown: distributionText(c), basis: distributionText(b) });
  else if (c.stayDistribution === 'lognormal') add(part(distributionText(c), distributionText(b), formatNumber(b.staySpread, { maxDecimals: 2 })));
  const profile = b.lotsarByMonth && b.lotsarByMonth.length > 0 && !(c.lotsarByMonth && c.lotsarByMonth.length > 0);
  if (profile) add({ shown: `${lotsarText(c.lotsar)} under hela perioden`, basis: 'lotsar månad för månad' });
  else add(part(lotsarText(c.lotsar), lotsarText(b.lotsar), bareFigure(b.lotsar)));
  add(part(`${countWithNoun(c.caseload, DELTAGARE)} per lots`, `${countWithNoun(b.caseload, DELTAGARE)} per lots`, bareFigure(b.caseload)));
  add(
    part(
      `frånvaro på ${percentText(c.absencePercent ?? 0)} av lotsarnas tid`,
      `frånvaro på ${percentText(b.absencePercent ?? 0)} av lotsarnas tid`,
      percentText(b.absencePercent ?? 0),
    ),
  );
  add(
    part(
      leadTimeText(c.leadTimeMonths ?? 0),
      leadTimeText(b.leadTimeMonths ?? 0),
      (b.leadTimeMonths ?? 0) === 0 ? 'ingen' : countWithNoun(b.leadTimeMonths ?? 0, MANADER),
    ),
  );
  add(part(`${countWithNoun(c.enrolled, INSKRIVNA)} vid start`, `${countWithNoun(b.enrolled, INSKRIVNA)} vid start`, bareFigure(b.enrolled)), startRef);
  add(
    part(
      c.queue === 0 ? 'ingen kö vid start' : `${countInText(c.queue)} i kö vid start`,
      b.queue === 0 ? 'ingen kö vid start' : `${countInText(b.queue)} i kö vid start`,
      bareFigure(b.queue, 'ingen'),
    ),
    startRef,
  );
  add(
    part(
      `att ${percentText(c.abandonmentPercent ?? 0)} av de väntande lämnar kön varje månad`,
      `att ${percentText(b.abandonmentPercent ?? 0)} av de väntande lämnar kön varje månad`,
      percentText(b.abandonmentPercent ?? 0),
    ),
  );
  add(
    part(
      `förtur för ${percentText(c.priorityPercent ?? 0)} av anmälningarna`,
      `förtur för ${percentText(b.priorityPercent ?? 0)} av anmälningarna`,
      percentText(b.priorityPercent ?? 0),
    ),
  );

  const shown = parts.flatMap(({ part: p, ref: label }) => (p ? [`${p.shown} (${label}: ${p.basis})`] : []));
  if (shown.length === 0) return null;
  return `Prognosen bygger på ändrade antaganden: ${listText(shown)}.`;
}

/** "a", "a och b", "a, b och c" */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/**
 * The summary at the top of the Prognos results: the changed assumptions first, when there are
 * any, then the forecast in words (describeForecast).
 */
export function forecastSummaryText(reading: string, comparison: AssumptionsComparison | null): string {
  const assumptions = comparison ? changedAssumptionsText(comparison) : null;
  return assumptions ? `${assumptions} ${reading}` : reading;
}

/** What the manager is about to do that would drop the changed assumptions. */
export type LeaveAction =
  /** Go to another page (the menu, the command palette, a menu command). */
  | { kind: 'page' }
  /** Choose another district, unit or year in the header. */
  | { kind: 'selection' }
  /** Build the forecast on the plan (null) or on another scenario ("Prognosen bygger på"). */
  | { kind: 'basis'; to: string | null };

export interface UnsavedAssumptionsQuestion {
  /** The question itself, the dialog's title: "Lämna Prognos utan att spara de ändrade antagandena?" */
  title: string;
  text: string;
  /** The button that keeps the assumptions (and the page). */
  stay: string;
  /** The button that goes on and drops them. */
  leave: string;
}

/**
 * The question asked before an action drops assumptions that differ from the plan's (or the
 * scenario's) and have not been saved, as the month dialog of Månadsstatistik asks
 * "Stäng utan att spara månaden?". `canSave`: the page can save them into a scenario first.
 */
export function unsavedAssumptionsQuestion(action: LeaveAction, canSave: boolean): UnsavedAssumptionsQuestion {
  const saveHint = canSave ? ' Vill du behålla dem kan du först spara prognosen i ett scenario.' : '';
  if (action.kind === 'page') {
    return {
      title: 'Lämna Prognos utan att spara de ändrade antagandena?',
      text: `De antaganden du har ändrat sparas inte. När du kommer tillbaka utgår prognosen från planens värden.${saveHint}`,
      stay: 'Stanna kvar',
      leave: 'Lämna utan att spara',
    };
  }
  if (action.kind === 'selection') {
    return {
      title: 'Byt enhet eller år utan att spara de ändrade antagandena?',
      text: `De antaganden du har ändrat sparas inte, och prognosen utgår från planen för den enhet och det år du väljer.${saveHint}`,
      stay: 'Behåll antagandena',
      leave: 'Byt utan att spara',
    };
  }
  return {
    title: `Bygg prognosen på ${action.to === null ? 'planen' : `scenariot ”${action.to}”`} utan att spara de ändrade antagandena?`,
    text: `De antaganden du har ändrat sparas inte, och fälten fylls i med ${action.to === null ? 'planens' : 'scenariots'} värden.${saveHint}`,
    stay: 'Behåll antagandena',
    leave: 'Byt utan att spara',
  };
}
