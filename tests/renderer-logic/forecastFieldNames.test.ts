// A message about a forecast input names the field as Prognos labels it: the core's Swedish field
// names (used by the API, the CLI's batch rows and saved forecasts) and the screen's labels must
// not drift apart, or a manager reads about a field the screen does not have.
import { describe, expect, it } from 'vitest';
import { swedishFieldName } from '../../src/core/validation/fieldNames.ts';
import { FIELD_SPECS, type NumberFieldKey } from '../../src/renderer/forecast/forecastForm.ts';

/** The forecast option each screen field becomes (core/forecast/screenOptions.ts). */
const OPTION_OF: Record<NumberFieldKey, string> = {
  arrivalsPerMonth: 'arrivals',
  meanStayMonths: 'stay',
  trendPercent: 'trend',
  lotsar: 'lotsar',
  caseload: 'caseload',
  enrolled: 'enrolled',
  queue: 'queue',
  targetRiskPercent: 'targetProbability',
  targetWaitWeeks: 'targetWaitWeeks',
  targetServicePercent: 'targetServiceLevel',
  targetServiceWeeks: 'targetServiceWeeks',
  abandonmentPercent: 'abandonment',
  absencePercent: 'absence',
  leadTimeMonths: 'leadTime',
  priorityPercent: 'priorityShare',
  horizon: 'horizon',
  staySpread: 'staySpread',
};

describe('forecast field names against the Prognos labels', () => {
  it.each(Object.entries(OPTION_OF) as [NumberFieldKey, string][])('%s: the message names the field as the screen does', (field, option) => {
    const label = FIELD_SPECS[field].label.toLocaleLowerCase('sv');
    const name = swedishFieldName(option)?.toLocaleLowerCase('sv');
    expect(name).toBeDefined();
    // One starts with the other: the name may add the unit ("… i veckor"), the label its context ("… vid start").
    expect(name!.startsWith(label) || label.startsWith(name!)).toBe(true);
  });
});
