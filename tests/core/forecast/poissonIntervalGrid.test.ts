// The Poisson rate interval of src/core/forecast/estimate.ts checked exactly over a grid of means:
// a file of its own in the "deep" project (vitest.config.ts), since the 21 600 intervals took about
// two seconds under coverage against a fraction of one without, and reach no line the other tests
// of estimate.ts do not.
import { describe, expect, it } from 'vitest';
import { poissonRateInterval } from '../../../src/core/forecast/estimate.ts';

describe('poissonRateInterval', () => {
  it('covers every Poisson mean at least 95 % of the time (exact check over a grid)', () => {
    for (let mean = 0.05; mean <= 40; mean += 0.37) {
      let covered = 0;
      let p = Math.exp(-mean);
      for (let k = 0; k < 200; k++) {
        const { low, high } = poissonRateInterval(k, 1);
        if (low <= mean && mean <= high) covered += p;
        p *= mean / (k + 1);
      }
      expect(covered, `mean ${mean}`).toBeGreaterThanOrEqual(0.95 - 1e-9);
    }
  });
});
