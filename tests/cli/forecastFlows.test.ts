// `lotsplan forecast` with the flows and staffing assumptions: --abandonment, --absence,
// --lead-time and --priority-share reach the forecast and --json, and bad values are refused in Swedish.
import { describe, expect, it } from 'vitest';
import { steadyState, priorityLongRun } from '../../src/core/forecast/erlang.ts';
import { runCli } from './runCli.ts';

const BASE = ['--arrivals', '2.25', '--stay', '12', '--lotsar', '4,4,4,3', '--caseload', '7', '--enrolled', '27', '--horizon', '12'];

describe('lotsplan forecast with abandonment, absence, lead time and priority', () => {
  it('shows the assumptions in --json and computes the long run by Erlang A', () => {
    const run = runCli(['forecast', ...BASE, '--abandonment', '0.1', '--absence', '0.1', '--lead-time', '4', '--priority-share', '0.1', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.assumptions).toEqual({ abandonment: 0.1, absence: 0.1, leadTime: 4, priorityShare: 0.1 });
    expect(out.longRunMethod).toBe('erlang-a');
    // Three lotsar at 90 % of their time carry ⌊3 · 0,9 · 7⌋ = 18 slots; the replacement is not in the plan.
    expect(out.months.map((m: { capacity: number }) => m.capacity)).toEqual([25, 25, 25, 18, 18, 18, 18, 18, 18, 18, 18, 18]);
    const expected = steadyState(2.25, 12, 18, 1, 0.1);
    expect(out.steadyState.probabilityOfWaiting).toBeCloseTo(expected.probabilityOfWaiting, 12);
    expect(out.steadyState.probabilityOfAbandonment).toBeCloseTo(expected.probabilityOfAbandonment!, 12);
    // No closed form for priority with abandonment: said as null.
    expect(out.priority).toBeNull();
  });

  it('gives each class its own long-run wait without abandonment', () => {
    const fiveLotsar = BASE.map((value, i) => (BASE[i - 1] === '--lotsar' ? '5' : value));
    const run = runCli(['forecast', ...fiveLotsar, '--priority-share', '0.2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const expected = priorityLongRun(2.25, 12, 35, 0.2)!;
    expect(out.priority.priorityMeanWaitWeeks).toBeCloseTo(expected.priorityMeanWaitWeeks, 12);
    expect(out.priority.ordinaryMeanWaitWeeks).toBeCloseTo(expected.ordinaryMeanWaitWeeks, 12);
  });

  it('names the assumptions in the text', () => {
    const run = runCli(['forecast', ...BASE, '--abandonment', '0.1', '--absence', '0.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Antaganden: 10 procent av de väntande lämnar kön per månad utan att skrivas in; frånvaro 10 procent av lotsarnas tid.');
    expect(run.stdout).toContain('Erlang A med avhopp från kön');
  });

  it.each([
    [['--absence', '1'], 'Flaggan --absence: ska vara mindre än 1'],
    [['--abandonment', '5'], 'Flaggan --abandonment: får vara högst 4'],
    [['--lead-time', '2.5'], 'Flaggan --lead-time'],
    // A decimal comma is read as in the other flags: 1,5 is one and a half, above the limit.
    [['--priority-share', '1,5'], 'Flaggan --priority-share: ska vara mindre än 1'],
  ])('refuses %j with a Swedish message', (flags, message) => {
    const run = runCli(['forecast', ...BASE, ...flags]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
