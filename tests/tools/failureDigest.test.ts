import { describe, expect, it } from 'vitest';
import { failureDigest, hasFlaky } from '../../scripts/failureDigest.ts';

const RUN = [
  'Running 3 tests using 2 workers',
  '  ✓  1 tests/e2e/a.spec.ts:3:1 › a (1.0s)',
  '  ✘  2 tests/e2e/b.spec.ts:5:1 › b (2.0s)',
  '  ✓  3 tests/e2e/c.spec.ts:7:1 › c (1.0s)',
  '',
  '  1) tests/e2e/b.spec.ts:5:1 › b ───',
  '',
  '    Error: expect(locator).toBeVisible() failed',
  '      at tests/e2e/b.spec.ts:9:3',
  '',
  '  1 failed',
  '    tests/e2e/b.spec.ts:5:1 › b',
  '  2 passed (4.0s)',
];

describe('failureDigest', () => {
  it('keeps the error reports and the closing summary, not the passing tests', () => {
    expect(failureDigest(RUN)).toEqual(RUN.slice(5));
  });

  it('reads lines with colour codes', () => {
    const coloured = RUN.map((l) => (l.startsWith('  1') ? `\x1b[31m${l}\x1b[39m` : l));
    expect(failureDigest(coloured)).toEqual(coloured.slice(5));
  });

  it('cuts the error reports to fit, never the summary', () => {
    const digest = failureDigest(RUN, 5);
    expect(digest).toEqual([...RUN.slice(5, 7), ...RUN.slice(10)]);
  });

  it('gives the last lines of a run that stopped before a summary', () => {
    const broken = ['Error: Cannot find module', ...Array.from({ length: 30 }, (_, i) => `line ${i}`)];
    expect(failureDigest(broken)).toEqual(broken.slice(-20));
  });

  it('tells a run with a test that passed on its retry', () => {
    expect(hasFlaky(RUN)).toBe(false);
    expect(hasFlaky([...RUN.slice(0, -1), '  1 flaky', '    tests/e2e/c.spec.ts:7:1 › c', '  1 passed (4.0s)'])).toBe(true);
  });
});
