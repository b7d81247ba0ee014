// Whether a memo's figures are out of date, and why. A snapshot keeps a fingerprint of each of
// its sources: the plan (with its rows and year settings), all the scenarios, the memo's own
// scenario and the unit's monthly statistics. Comparing them with the sources now says exactly
// what has changed, so a scenario added for another purpose does not flag a memo that shows no
// scenarios, and the warning names what changed ("Planen och månadsstatistiken har ändrats …").
// The unit-year's updated_at cannot tell these apart: every edit of the state, scenarios
// included, moves it. Memos stored before the fingerprints fall back to that time.
import { capitalizeFirst, formatDateText, formatTimeText } from '../format/index.ts';
import type { MemoContent, MemoOptions } from './model.ts';
import type { MemoSources } from './sources.ts';

export interface MemoSourceFingerprints {
  plan: string;
  scenarios: string;
  /** The memo's scenario; "" for a memo of the plan alone or whose scenario is gone. */
  scenario: string;
  statistics: string;
}

/** What made a memo's figures out of date; `sources` when an older snapshot cannot tell. */
export const OUTDATED_SOURCES = ['plan', 'scenarios', 'scenario', 'statistics', 'sources'] as const;
export type OutdatedSource = (typeof OUTDATED_SOURCES)[number];

/** JSON with the keys of every object sorted, so equal values give equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A 53-bit string hash (cyrb53) as hex: a fingerprint, not a security measure. */
export function fingerprintOf(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A scenario as its figures see it: the times it was created and saved change none of them. */
function scenarioContent(s: MemoSources['unitYear']['state']['scenarios'][number]) {
  return { id: s.id, name: s.name, preset: s.preset, overrides: s.overrides };
}

export function memoSourceFingerprints(sources: Pick<MemoSources, 'unitYear' | 'statistics' | 'scenarioId'>): MemoSourceFingerprints {
  const { scenarios, ...staffing } = sources.unitYear.state;
  const chosen = sources.scenarioId === null ? undefined : scenarios.find((s) => s.id === sources.scenarioId);
  return {
    plan: fingerprintOf({ plan: sources.unitYear.plan, staffing }),
    scenarios: fingerprintOf(scenarios.map(scenarioContent)),
    scenario: chosen ? fingerprintOf(scenarioContent(chosen)) : '',
    statistics: fingerprintOf(sources.statistics),
  };
}

/** The memo shows the comparison of all scenarios (its table or its chart). */
export function showsScenarioComparison(options: Pick<MemoOptions, 'tables' | 'charts'>): boolean {
  return options.tables.includes('scenarios') || options.charts.includes('scenarioCost');
}

/**
 * What has changed since the memo's figures were computed, in the order a sentence names them;
 * empty when they are current. The scenarios count only where the memo uses them: all of them when
 * it shows their comparison, otherwise its own scenario. `planUpdatedAt` (the sources' latest save)
 * decides for a snapshot without fingerprints.
 */
export function outdatedSources(
  content: Pick<MemoContent, 'figures' | 'options'>,
  now: MemoSourceFingerprints,
  planUpdatedAt: string | null,
): OutdatedSource[] {
  const kept = content.figures.sources;
  if (!kept) {
    if (planUpdatedAt === null || Number.isNaN(Date.parse(planUpdatedAt))) return [];
    const snap = Date.parse(content.figures.planUpdatedAt);
    return Number.isNaN(snap) || Date.parse(planUpdatedAt) > snap ? ['sources'] : [];
  }
  const changed: OutdatedSource[] = [];
  if (kept.plan !== now.plan) changed.push('plan');
  if (showsScenarioComparison(content.options)) {
    if (kept.scenarios !== now.scenarios) changed.push('scenarios');
  } else if (kept.scenario !== now.scenario) changed.push('scenario');
  if (kept.statistics !== now.statistics) changed.push('statistics');
  return changed;
}

const SOURCE_WORDS: Record<Exclude<OutdatedSource, 'sources'>, string> = {
  plan: 'planen',
  scenarios: 'scenarierna',
  scenario: 'scenariot',
  statistics: 'månadsstatistiken',
};

/** The warning for a memo's summary: null when its figures are current. */
export function outdatedText(reasons: readonly OutdatedSource[], computedAt: string, now: Date): string | null {
  return reasons.length === 0 ? null : outdatedSentence(reasons, computedAt, now);
}

/**
 * The warning of an outdated memo: "Planen och månadsstatistiken har ändrats sedan siffrorna
 * räknades kl. 14.05." `computedAt` is the snapshot's time (ISO 8601), read in local time; a day
 * other than `now`'s is named: "… räknades den 3 december 2026 kl. 14.05."
 */
export function outdatedSentence(reasons: readonly OutdatedSource[], computedAt: string, now: Date): string {
  const words = reasons.includes('sources')
    ? ['planen, scenarierna eller månadsstatistiken']
    : reasons.filter((r): r is Exclude<OutdatedSource, 'sources'> => r !== 'sources').map((r) => SOURCE_WORDS[r]);
  const subject = words.length <= 1 ? (words[0] ?? 'underlaget') : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`;
  const at = new Date(computedAt);
  const sameDay = !Number.isNaN(at.getTime()) && formatDateText(at) === formatDateText(now);
  const when = Number.isNaN(at.getTime()) ? '' : sameDay ? ` ${formatTimeText(at)}` : ` den ${formatDateText(at)} ${formatTimeText(at)}`;
  return `${capitalizeFirst(subject)} har ändrats sedan siffrorna räknades${when}.`;
}
