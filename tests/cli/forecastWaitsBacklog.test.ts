// lotsplan forecast: the wait distribution per month and clearing a backlog by a date.
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

const UNIT = ['--arrivals', '2.25', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--enrolled', '28', '--queue', '15'];

describe('lotsplan forecast: waits as a distribution', () => {
  it('gives each month P(wait > T) and the median and 90th percentile of the wait, in --json and the text', () => {
    const run = runCli(['forecast', ...UNIT, '--horizon', '6', '--target-service-weeks', '4', '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.details.waitThresholdWeeks).toBe(4);
    for (const m of out.months) {
      expect(m.probabilityOfWaitOver).toBeGreaterThan(0);
      expect(m.probabilityOfWaitOver).toBeLessThan(m.probabilityOfWaiting);
      expect(m.waitPercentiles.p50).toBeLessThanOrEqual(m.waitPercentiles.p90);
    }
    // A long queue at the start: most of those referred in month 1 wait, half of them for months.
    expect(out.months[0].waitPercentiles.p50).toBeGreaterThan(4);
    const text = runCli(['forecast', ...UNIT, '--horizon', '6', '--target-service-weeks', '4', '--start', '2027-01']).stdout;
    expect(text).toContain('Väntan median (v)');
    expect(text).toContain('Vänta > 4 v');
    expect(text).toMatch(
      /Av dem som anmäls i juni 2027 skrivs hälften in inom [\d,]+ veckor och nio av tio inom [\d,]+ veckor; risken att behöva vänta mer än fyra veckor är \d+ procent\./,
    );
  });

  it('gives a simulation standard errors and 95 % confidence intervals of the wait figures', () => {
    const out = JSON.parse(runCli(['forecast', ...UNIT, '--horizon', '3', '--stay-distribution', 'fixed', '--runs', '2000', '--seed', '4', '--json']).stdout);
    const ci = out.details.confidenceIntervals[2];
    const m = out.months[2];
    expect(ci.month).toBe(3);
    expect(ci.probabilityOfWaitOver[0]).toBeLessThanOrEqual(m.probabilityOfWaitOver);
    expect(ci.probabilityOfWaitOver[1]).toBeGreaterThanOrEqual(m.probabilityOfWaitOver);
    expect(ci.expectedWaitWeeks[1] - ci.expectedWaitWeeks[0]).toBeCloseTo(2 * 1.96 * out.details.standardErrors[2].expectedWaitWeeks, 2);
  });
});

describe('lotsplan forecast --clear-backlog-to', () => {
  it('says how many extra lotsar, for how long and at what cost bring the queue down by the month', () => {
    const args = ['forecast', ...UNIT, '--start', '2027-01', '--clear-backlog-to', '3', '--by', '2027-06', '--lots-salary', '38500', '--po-percent', '39.15'];
    const out = JSON.parse(runCli([...args, '--json']).stdout);
    expect(out.backlog.status).toBe('plan');
    expect(out.backlog.plan).toMatchObject({ toMonth: 6, monthlySalary: 38500 });
    expect(out.backlog.plan.expectedQueue).toBeLessThanOrEqual(3);
    expect(out.backlog.plan.cost).toBeCloseTo(out.backlog.plan.addLotsar * out.backlog.plan.months * 38500 * 1.3915, 4);
    const text = runCli(args).stdout;
    expect(text).toContain('Få ner kön: För att kön ska vara nere i högst tre personer i slutet av juni 2027 behöver enheten');
    expect(text).toContain('med PO-pålägg.');
    // Without the flag the JSON has no backlog.
    expect(JSON.parse(runCli(['forecast', ...UNIT, '--json']).stdout)).not.toHaveProperty('backlog');
  });

  it.each([
    [['--clear-backlog-to', '3'], '--by'],
    [['--clear-backlog-to', '3', '--by', '2027-06'], '--start'],
    [['--clear-backlog-to', '3', '--by', '30'], 'utanför prognosen'],
    [['--clear-backlog-to', '-1', '--by', '3'], '--clear-backlog-to'],
    [['--clear-backlog-to', '3', '--by', '3', '--lots-salary', '38500'], '--po-percent'],
    [['--by', '3'], 'gäller bara tillsammans med --clear-backlog-to'],
    [['--batch', 'x.jsonl', '--clear-backlog-to', '3'], 'Med --batch anges alternativen på varje rad'],
  ])('refuses %j in Swedish, naming %s, and writes nothing on stdout', (extra, named) => {
    const run = runCli(['forecast', ...UNIT, ...extra]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(named);
  });
});
