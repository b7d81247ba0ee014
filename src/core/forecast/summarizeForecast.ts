// The summary saved with a forecast (saved.ts holds its shape): computed from the saved inputs by
// running the forecast engine. A module of its own so that what only reads or checks saved
// forecasts (the store, the contracts, the CLI) does not load the engine.
import { describeForecast } from './describe.ts';
import { runForecast } from './forecast.ts';
import { valueForMonth } from './options.ts';
import { defaultReadingMonth } from './screenOptions.ts';
import { savedForecastOptions, type SavedForecast, type SavedForecastInputs } from './saved.ts';

/**
 * The summary of a forecast from its saved inputs: steady state, recommendation, first month over
 * the target and the reading (with the recommended staffing as the comparison when it differs).
 */
export function summarizeForecast(inputs: SavedForecastInputs, savedAt: string): { ok: true; value: SavedForecast } | { ok: false; message: string } {
  const options = savedForecastOptions(inputs);
  if (!options.ok) return options;
  const result = runForecast(options.value);
  const readingMonth = inputs.readingMonth !== null && inputs.readingMonth <= inputs.horizon ? inputs.readingMonth : defaultReadingMonth(inputs.horizon);
  const recommended = result.recommendation;
  // On a month profile of lotsar, the reading names the staffing of the month it reads.
  const readLotsar = options.value.lotsar.length > 1 ? valueForMonth(options.value.lotsar, readingMonth) : inputs.lotsar;
  const alternatives = [{ lotsar: readLotsar, months: result.months }];
  if (recommended && recommended.lotsar !== inputs.lotsar) {
    alternatives.push({ lotsar: recommended.lotsar, months: runForecast({ ...options.value, lotsar: [recommended.lotsar] }).months });
  }
  const reading = describeForecast({
    month: readingMonth,
    alternatives,
    steadyState: result.steadyState,
    recommendation: recommended && {
      result: recommended,
      targetProbability: inputs.targetProbability,
      targetWaitWeeks: inputs.targetWaitWeeks,
    },
  });
  return {
    ok: true,
    value: {
      inputs,
      summary: {
        model: result.model,
        probabilityOfWaiting: result.steadyState.probabilityOfWaiting,
        meanWaitWeeks: result.steadyState.meanWaitWeeks,
        recommendation: recommended,
        firstMonthOverTarget: result.firstMonthOverTarget,
        readingMonth,
        reading,
        savedAt,
      },
    },
  };
}
