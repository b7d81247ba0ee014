// A forecast saved into a scenario keeps every input across closing and reopening the database:
// the flows (abandonment, absence, lead time, urgent referrals), the service level and the
// backlog target included; one saved before those fields existed keeps its shape.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { createScenario } from '../../src/core/scenarios/edits.ts';
import { scenarioOverridesSchema } from '../../src/core/scenarios/overrides.ts';
import { savedForecastInputsSchema } from '../../src/core/forecast/saved.ts';
import { summarizeForecast } from '../../src/core/forecast/summarizeForecast.ts';
import { samplePlan, tempDir, track } from './helpers.ts';

const KEY = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };
const BASE = { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7, enrolled: 27 };

async function saveAndReopen(inputs: Record<string, unknown>) {
  const summarized = summarizeForecast(savedForecastInputsSchema.parse(inputs), '2020-01-01T00:00:00.000Z');
  if (!summarized.ok) throw new Error(summarized.message);
  const overrides = scenarioOverridesSchema.parse({ forecast: summarized.value });
  const file = path.join(tempDir(), 'db.sqlite');
  const store = track(await openStore(file));
  await store.replaceUnitYear(samplePlan());
  await store.editUnitYearState(KEY, (w) => createScenario(w.state, { name: 'Med avhopp', preset: 'custom', overrides, now: '2020-01-01T00:00:00.000Z' }));
  await store.close();
  const again = track(await openStore(file));
  const w = (await again.getEditableUnitYear(KEY))!;
  await again.close();
  return { saved: summarized.value, reopened: w.state.scenarios[0]!.overrides.forecast };
}

describe('saved forecast in the store', () => {
  it('keeps the flows, the service level, urgent referrals and the backlog target', async () => {
    const flows = {
      abandonment: 0.07,
      absence: 0.15,
      leadTime: 3,
      priorityShare: 0.2,
      targetServiceLevel: 0.9,
      targetServiceWeeks: 3,
      backlog: { targetQueue: 2, byMonth: 9 },
    };
    const { saved, reopened } = await saveAndReopen({ ...BASE, lotsarByMonth: [4, 4, 4, 5], ...flows });
    expect(reopened).toEqual(saved);
    expect(reopened?.inputs).toMatchObject(flows);
  });

  it('keeps a forecast saved before the newer fields as it was (none of them added)', async () => {
    const { saved, reopened } = await saveAndReopen(BASE);
    expect(reopened).toEqual(saved);
    for (const key of ['abandonment', 'absence', 'leadTime', 'priorityShare', 'targetServiceLevel', 'targetServiceWeeks', 'backlog']) {
      expect(reopened?.inputs).not.toHaveProperty(key);
    }
  });
});
