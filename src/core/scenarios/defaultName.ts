// The name a new scenario gets before the user types one: the starting points chosen, with the
// month for "En lots till" ("En lots till från april och Ökat tryck"), and a number when a
// scenario of the year already has that name ("En lots till från april (2)"), so that a second
// suggestion never collides with the first.
import { monthName } from '../format/index.ts';
import { sameName } from '../validation/names.ts';
import { PRESET_LABELS } from './presets.ts';
import type { ScenarioPreset } from './types.ts';

export function defaultScenarioName(presets: readonly ScenarioPreset[], options: { fromMonth?: number | undefined }, existingNames: readonly string[]): string {
  const chosen = presets.filter((p) => p !== 'unchanged' && p !== 'custom');
  const parts = chosen.map((p) =>
    p === 'extraLots' && options.fromMonth !== undefined && options.fromMonth > 1
      ? `${PRESET_LABELS.extraLots} från ${monthName(options.fromMonth)}`
      : PRESET_LABELS[p],
  );
  const base = parts.length === 0 ? PRESET_LABELS.unchanged : parts.join(' och ');
  const taken = (name: string) => existingNames.some((n) => sameName(n, name));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!taken(candidate)) return candidate;
  }
}

/** The starting point as a badge beside the name, or null when the name already says it. */
export function presetBadge(name: string, presetLabel: string): string | null {
  return name.toLocaleLowerCase('sv').includes(presetLabel.toLocaleLowerCase('sv')) ? null : presetLabel;
}
