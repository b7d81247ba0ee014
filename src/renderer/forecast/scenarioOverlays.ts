// The scenarios laid over the forecast: their monthly staffing from getScenarioFigures, passed
// as they are to the forecast worker (src/core/forecast/scenarioOverlay.ts does the rest).
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import type { ScenarioOverlayInput } from '../../core/forecast/scenarioOverlay.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

type ScenarioFigures = CallOutput<'getScenarioFigures'>;

/** The forecast inputs of one scenario: lotsar taking participants per month, caseload, demand. */
export function overlayInputOf(evaluated: ScenarioFigures, monthsPassed = 0, basisArrivalsChangePercent = 0): ScenarioOverlayInput {
  return {
    monthsPassed,
    ...(basisArrivalsChangePercent !== 0 ? { basisArrivalsChangePercent } : {}),
    id: evaluated.scenario.id,
    name: evaluated.scenario.name,
    lotsarPerMonth: evaluated.months.map((m) => m.effectiveLotsarFte),
    caseload: evaluated.figures.caseloadPerLots,
    arrivalsChangePercent: evaluated.scenario.overrides.arrivalsChangePercent,
    meanStayMonths: evaluated.scenario.overrides.meanStayMonths,
  };
}

/** Fetches the chosen scenarios' figures; the list holds those that have arrived, in order. */
export function useScenarioOverlays(selection: UnitYearSelection, ids: readonly number[], monthsPassed = 0, basisArrivalsChangePercent = 0) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['scenarioFigures', selection.district, selection.unit, selection.year, id],
      queryFn: async () => unwrap(await api.getScenarioFigures({ ...selection, scenario: id })),
    })),
  });
  const fresh = results.flatMap((r) => (r.data ? [overlayInputOf(r.data, monthsPassed, basisArrivalsChangePercent)] : []));
  const error = results.find((r) => r.error)?.error ?? null;
  // The same inputs keep the same list, so that the forecast is not recomputed on every render.
  const key = JSON.stringify(fresh);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on purpose by the inputs' JSON, so that an equal list keeps its identity
  const inputs = useMemo(() => fresh, [key]);
  return { inputs, error, loading: results.some((r) => r.isPending) };
}
