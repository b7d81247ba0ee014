// Power loss at every step of every writing operation (see faults/powerLoss.ts): a crash image
// before each step, with all and with every later part of the not-yet-synced operations lost.
// `npm run bench -- --crash` adds random subsets of the lost operations.
import { describe, expect, it } from 'vitest';
import { runPowerLoss } from './faults/powerLoss.ts';
import { SCENARIOS } from './faults/scenarios.ts';

describe('power loss', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: every crash image opens, passes the checks, holds the state before or after and keeps what was promised`, async () => {
      const result = await runPowerLoss({ scenarios: [scenario.name] });
      expect(result.problems).toEqual([]);
      expect(result.images).toBeGreaterThan(2);
    }, 240_000);
  }
});
