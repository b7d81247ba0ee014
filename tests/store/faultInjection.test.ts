// Fault injection at every I/O step of every writing operation (see faults/runFaultCases.ts).
// `npm test` runs every step, once and persistently (about 180 cases); `npm run bench -- --crash`
// adds every pair of steps (a second fault in the clean-up after the first).
import { describe, expect, it } from 'vitest';
import { runFaultCases } from './faults/runFaultCases.ts';
import { SCENARIOS } from './faults/scenarios.ts';

describe('fault injection at every I/O step', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: a failure at any step, once or persisting, leaves the state before or after, checks passing and no stray files`, async () => {
      const result = await runFaultCases({ scenarios: [scenario.name] });
      expect(result.problems).toEqual([]);
      // The test means nothing unless the faults hit: most cases must have made something fail.
      expect(result.failed).toBeGreaterThan(result.cases / 2);
      expect(result.stepsPerScenario[scenario.name]).toBeGreaterThan(0);
    }, 240_000);
  }
});
