// `lotsplan forecast --priority-share`: each class's figures month by month in --json (exact for
// exponential stays, simulated with confidence intervals otherwise) and in the text table and sentence.
import { describe, expect, it } from 'vitest';
import { solvePriorityChain } from '../../src/core/forecast/priorityChain.ts';
import { runCli } from './runCli.ts';

const BASE = ['--arrivals', '2.25', '--stay', '12', '--lotsar', '4,4,4,3', '--caseload', '7', '--enrolled', '27', '--queue', '2', '--horizon', '6'];

describe('lotsplan forecast with urgent referrals', () => {
  it('gives each class its month-by-month figures in --json, from the exact chain', () => {
    const run = runCli(['forecast', ...BASE, '--priority-share', '0.1', '--abandonment', '0.05', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.priorityMonths.model).toBe('exact');
    expect(out.priorityMonths.share).toBe(0.1);
    expect(out.priorityMonths.waitThresholdWeeks).toBe(2);
    expect(out.priorityMonths.months).toHaveLength(6);
    const chain = solvePriorityChain({
      months: out.months.map((m: { arrivals: number; capacity: number }) => ({ arrivals: m.arrivals, capacity: m.capacity })),
      stayMonths: 12,
      share: 0.1,
      initialEnrolled: 27,
      initialQueue: 2,
      abandonment: 0.05,
    });
    out.priorityMonths.months.forEach((m: { month: number; urgent: Record<string, unknown>; ordinary: Record<string, unknown> }, i: number) => {
      const c = chain.months[i]!;
      expect(m.month).toBe(i + 1);
      expect(m.urgent).toEqual({ ...c.urgent, confidenceIntervals: null });
      expect(m.ordinary).toEqual({ ...c.ordinary, confidenceIntervals: null });
      // The total queue is that of the chain without priority.
      expect(c.queueMean).toBeCloseTo(out.months[i].queueMean, 9);
    });
  });

  it('simulates other stays, with 95 % confidence intervals for each class', () => {
    const run = runCli(['forecast', ...BASE, '--stay-distribution', 'fixed', '--runs', '400', '--priority-share', '0.2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.priorityMonths.model).toBe('monte-carlo');
    const last = out.priorityMonths.months.at(-1);
    const [lo, hi] = last.ordinary.confidenceIntervals.expectedWaitWeeks;
    expect(lo).toBeLessThanOrEqual(last.ordinary.expectedWaitWeeks);
    expect(hi).toBeGreaterThanOrEqual(last.ordinary.expectedWaitWeeks);
    expect(last.urgent.expectedWaitWeeks).toBeLessThan(last.ordinary.expectedWaitWeeks);
  });

  it('leaves priorityMonths out without a share', () => {
    const out = JSON.parse(runCli(['forecast', ...BASE, '--json']).stdout);
    expect(out).not.toHaveProperty('priorityMonths');
  });

  it('names the urgent class’s figures in the table and in a sentence', () => {
    const run = runCli(['forecast', ...BASE, '--priority-share', '0.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Förtur för 10 procent av anmälningarna: väntetid och kö för varje grupp månad för månad:');
    expect(run.stdout).toContain('Väntetid med förtur, medel (veckor)');
    expect(run.stdout).toMatch(
      /Av dem som anmäls under månad 6 väntar de med förtur \(10 procent av anmälningarna\) i genomsnitt [\d,]+ veckor och övriga i genomsnitt [\d,]+ veckor\./,
    );
    expect(run.stdout).toContain('Risken att behöva vänta är densamma för båda');
  });
});
