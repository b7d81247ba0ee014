import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';
import { steadyState } from '../../src/core/forecast/erlang.ts';

const DOMAIN = ['--arrivals', '2.25', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--enrolled', '27'];

function writeBatch(lines: string[]): string {
  const file = path.join(tempDir(), 'scenarier.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('lotsplan forecast', () => {
  it('prints the documented JSON shape for the DOMAIN unit', () => {
    const run = runCli(['forecast', ...DOMAIN, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['model', 'steadyState', 'assumptions', 'months', 'recommendation', 'longRunMethod', 'details']);
    expect(out.model).toBe('exact');
    expect(out.longRunMethod).toBe('erlang-c');
    expect(out.details.truncationMass).toBeLessThan(1e-12);
    expect(out.details.standardErrors).toBeNull();
    expect(Object.keys(out.steadyState)).toEqual([
      'arrivalsPerMonth',
      'meanStayMonths',
      'capacity',
      'offeredLoad',
      'utilization',
      'probabilityOfWaiting',
      'meanWaitWeeks',
      'meanQueue',
      'probabilityOfAbandonment',
    ]);
    expect(out.steadyState).toMatchObject({ arrivalsPerMonth: 2.25, meanStayMonths: 12, capacity: 28, offeredLoad: 27 });
    expect(out.steadyState.probabilityOfWaiting).toBeCloseTo(0.7895, 4);
    expect(out.months).toHaveLength(24); // default horizon
    expect(Object.keys(out.months[0])).toEqual([
      'month',
      'capacity',
      'arrivals',
      'enrolledMean',
      'queueMean',
      'queueP50',
      'queueP90',
      'probabilityOfQueue',
      'probabilityOfWaiting',
      'expectedWaitWeeks',
      'probabilityOfWaitOver',
      'waitPercentiles',
    ]);
    expect(out.details.waitThresholdWeeks).toBe(2);
    expect(out.details.confidenceIntervals).toBeNull();
    expect(out.months[5].month).toBe(6);
    expect(out.months[5].probabilityOfQueue).toBeCloseTo(0.38, 2); // kö vid månadens slut
    expect(out.months[5].probabilityOfWaiting).toBeCloseTo(0.461, 3); // the one referred in month 6
    expect(out.recommendation).toMatchObject({ lotsar: 5, capacity: 35 });
    expect(Object.keys(out.recommendation)).toEqual(['lotsar', 'capacity', 'probabilityOfWaiting', 'meanWaitWeeks']);
  });

  it('takes lists per month, the last value holding for later months', () => {
    const run = runCli(['forecast', '--arrivals', '1,2,3', '--stay', '12', '--lotsar', '4,5,5', '--caseload', '7', '--horizon', '4', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.months.map((m: { arrivals: number }) => m.arrivals)).toEqual([1, 2, 3, 3]);
    expect(out.months.map((m: { capacity: number }) => m.capacity)).toEqual([28, 35, 35, 35]);
    expect(out.steadyState).toMatchObject({ arrivalsPerMonth: 3, capacity: 35 });
  });

  it('reports no steady state with null wait and queue', () => {
    const run = runCli(['forecast', '--arrivals', '2.25', '--stay', '12', '--lotsar', '3', '--caseload', '7', '--horizon', '3', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.steadyState).toMatchObject({ capacity: 21, probabilityOfWaiting: 1, meanWaitWeeks: null, meanQueue: null });
  });

  it('simulates fixed stays reproducibly with a seed', () => {
    const args = ['forecast', ...DOMAIN, '--horizon', '6', '--stay-distribution', 'fixed', '--runs', '2000', '--seed', '11', '--json'];
    const a = runCli(args);
    const b = runCli(args);
    expect(a.status).toBe(0);
    expect(JSON.parse(a.stdout).model).toBe('monte-carlo');
    // Standard errors and enrolled percentiles of the simulation, per month.
    const details = JSON.parse(a.stdout).details;
    expect(details.truncationMass).toBeNull();
    expect(details.standardErrors).toHaveLength(6);
    expect(details.standardErrors[0]).toEqual({
      month: 1,
      enrolledMean: expect.any(Number),
      queueMean: expect.any(Number),
      probabilityOfQueue: expect.any(Number),
      probabilityOfWaiting: expect.any(Number),
      expectedWaitWeeks: expect.any(Number),
      probabilityOfWaitOver: expect.any(Number),
    });
    expect(details.standardErrors[5].queueMean).toBeGreaterThan(0);
    expect(details.enrolled[5].p10).toBeLessThanOrEqual(details.enrolled[5].p90);
    // The long run of fixed stays is exact M/D/c, and the text says so.
    expect(JSON.parse(a.stdout).longRunMethod).toBe('fixed-exact');
    expect(runCli(args.slice(0, -1)).stdout).toContain('exakt för fast vistelsetid (M/D/c)');
    expect(a.stdout).toBe(b.stdout);
    const c = runCli([...args.slice(0, -3), '12', '--json']);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('writes a Swedish reading without --json', () => {
    const run = runCli(['forecast', ...DOMAIN, '--horizon', '6']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 46 procent.');
    expect(run.stdout).toContain('Med fem lotsar är den');
  });

  it('starts in a calendar month with --start: the season follows it and the months are named by it', () => {
    const season = ['0.5', '0.6', '0.7', '1.5', '1.2', '1', '1', '1', '1', '1', '1', '1.5'];
    const args = ['forecast', '--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--horizon', '12', '--season', season.join(',')];
    const april = JSON.parse(runCli([...args, '--start', '2021-04', '--json']).stdout);
    expect(april.months[0]).toMatchObject({ month: 1, year: 2021, calendarMonth: 4, arrivals: 3 });
    expect(april.months[9]).toMatchObject({ month: 10, year: 2022, calendarMonth: 1, arrivals: 1 });
    const january = JSON.parse(runCli([...args, '--json']).stdout);
    expect(january.months[0].arrivals).toBe(1);
    expect(january.months[0].year).toBeUndefined();
    const text = runCli([...args, '--start', '2021-04']).stdout;
    expect(text).toMatch(/^apr 2021 /m);
    expect(text).toMatch(/^jan 2022 /m);
  });

  it('takes a service-level target and reports it in the text and in --json', () => {
    const args = ['forecast', ...DOMAIN, '--horizon', '3', '--target-service-level', '0.9', '--target-service-weeks', '2'];
    const json = JSON.parse(runCli([...args, '--json']).stdout);
    expect(json.serviceLevel).toMatchObject({ targetShare: 0.9, weeks: 2 });
    expect(json.serviceLevel.recommendedShare).toBeGreaterThanOrEqual(0.9);
    expect(runCli(args).stdout).toContain('Servicenivå på lång sikt:');
    const bad = runCli([...args, '--target-service-level', '1.5', '--json']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Flaggan --target-service-level');
  });

  it('uses one risk measure for the table, the month check, the recommendation and the reading', () => {
    const args = ['forecast', '--arrivals', '0.5', '--stay', '1', '--lotsar', '1', '--caseload', '2', '--horizon', '12', '--target-probability', '0.05'];
    const json = JSON.parse(runCli([...args, '--json']).stdout);
    const last = json.months[11];
    // In the long run the month's probability of waiting is Erlang C (10 %); the month-end queue is ρ·P(wait) = 2,5 %.
    expect(last.probabilityOfWaiting).toBeCloseTo(json.steadyState.probabilityOfWaiting, 3);
    expect(last.probabilityOfWaiting).toBeCloseTo(0.1, 3);
    expect(last.probabilityOfQueue).toBeCloseTo(0.025, 3);
    const text = runCli(args).stdout;
    expect(text).toContain('Risk att behöva vänta');
    expect(text).toContain('Kö vid månadens slut');
    expect(text).toContain('Med nuvarande bemanning överskrids målet för risken att behöva vänta första gången i månad 2.');
    expect(text).toContain('Med en lots är risken att behöva vänta för den som anmäls om tolv månader 10 procent.');
    expect(text).toMatch(/^12 .* 10\s% +2,5\s% /m);
  });

  it.each([
    [['--arrivals', '-1', '--stay', '12', '--lotsar', '4', '--caseload', '7'], '--arrivals'],
    [['--arrivals', 'två', '--stay', '12', '--lotsar', '4', '--caseload', '7'], '--arrivals'],
    [['--arrivals', '2', '--stay', '0', '--lotsar', '4', '--caseload', '7'], '--stay'],
    [['--arrivals', '2', '--stay', '1.500', '--lotsar', '4', '--caseload', '7'], '--stay'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '0'], '--caseload'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--horizon', '121'], '--horizon'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--stay-distribution', 'fixed', '--runs', '5'], '--runs'],
    [['--arrivals', '2', '--stay', '12', '--caseload', '7'], '--lotsar'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--start', '2021-13'], '--start'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--start', 'april'], '--start'],
    // More enrolled above the slots than a forecast can take (a typing error), or a cut to none.
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--enrolled', '10000'], '--enrolled'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '100,100,0', '--caseload', '20'], '--lotsar, månad 3'],
    [['--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--enrolled', '100', '--queue', '10000'], '--queue'],
  ])('refuses bad input %j with a Swedish message and nothing on stdout', (args, flag) => {
    const run = runCli(['forecast', ...args, '--json']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Flaggan ${flag}`);
    expect(run.stderr).toMatch(/^Fel: /);
  });

  it('runs a batch file, one result per line in order', () => {
    const file = writeBatch([
      JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, horizon: 6 }),
      '',
      JSON.stringify({ arrivals: [2, 3], stay: 12, lotsar: 5, caseload: 7, horizon: 3, json: true }),
      JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, horizon: 2, stayDistribution: 'lognormal', staySpread: 0.5, runs: 500 }),
    ]);
    const run = runCli(['forecast', '--batch', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.months.length)).toEqual([6, 3, 2]);
    expect(lines.map((l) => l.model)).toEqual(['exact', 'exact', 'monte-carlo']);
    const single = JSON.parse(runCli(['forecast', ...DOMAIN, '--horizon', '6', '--json']).stdout);
    expect(lines[0]).toEqual(single);
  });

  it('refuses a batch with a malformed line, naming the line, and runs nothing', () => {
    const file = writeBatch([
      JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 }),
      '{"arrivals": 2.25, "stay": ',
      JSON.stringify({ arrivals: 2.25, stay: 0, lotsar: 4, caseload: 7 }),
    ]);
    const run = runCli(['forecast', '--batch', file]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Rad 2: raden är inte giltig JSON.');
    expect(run.stderr).toContain('Rad 3: Genomsnittlig vistelsetid: ska vara minst 0,5');
  });

  it('refuses a batch line that gives a field twice, naming the line and the field', () => {
    const file = writeBatch([
      JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 }),
      '{"arrivals": 2.25, "stay": 12, "lotsar": 4, "caseload": 7, "lotsar": 40}',
    ]);
    const run = runCli(['forecast', '--batch', file]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Rad 2: fältet ”lotsar” finns två gånger på raden. Ta bort det ena.');
  });

  it('lists at most ten bad lines of a batch and counts the rest in words', () => {
    const file = writeBatch(Array.from({ length: 13 }, () => JSON.stringify({ arrivals: 2.25, stay: 0, lotsar: 4, caseload: 7 })));
    const run = runCli(['forecast', '--batch', file]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Rad 10: Genomsnittlig vistelsetid: ska vara minst 0,5');
    expect(run.stderr).not.toContain('Rad 11:');
    expect(run.stderr.trimEnd().endsWith('\n… och tre fel till.')).toBe(true);
  });

  it('refuses option flags together with --batch and a missing batch file', () => {
    const file = writeBatch([JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 })]);
    const both = runCli(['forecast', '--batch', file, '--stay', '12']);
    expect(both.status).not.toBe(0);
    expect(both.stderr).toContain('--stay');
    const missing = runCli(['forecast', '--batch', path.join(tempDir(), 'finns-inte.jsonl')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('finns inte');
  });

  it('documents its flags in --help', () => {
    const run = runCli(['forecast', '--help']);
    expect(run.status).toBe(0);
    for (const flag of [
      '--arrivals A',
      '--stay L',
      '--lotsar N',
      '--caseload K',
      '--batch FIL.jsonl',
      '--stay-spread S',
      '--seed X',
      '--stay-bands FRÅN-TILL:ANTAL',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(runCli(['--help']).stdout).toContain('forecast');
  });
});

describe('lotsplan forecast --trend and --season', () => {
  it('grows arrivals by the trend and refuses a season whose mean is not 1', () => {
    const run = runCli(['forecast', '--arrivals', '2.25', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--trend', '12', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.months[12].arrivals).toBeCloseTo(2.52, 9);
    const bad = runCli(['forecast', '--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--season', '2,2,2,2,2,2,2,2,2,2,2,2']);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--season');
    expect(bad.stderr).toContain('medelvärdet');
  });
});

describe('lotsplan forecast --stay-distribution empirical --stay-bands', () => {
  const BANDS = '0-3:4,3-6:6,6-12:9,12-18:5,18-24:2,24-36:1';
  const HISTORY = [
    { fromMonths: 0, toMonths: 3, count: 4 },
    { fromMonths: 3, toMonths: 6, count: 6 },
    { fromMonths: 6, toMonths: 12, count: 9 },
    { fromMonths: 12, toMonths: 18, count: 5 },
    { fromMonths: 18, toMonths: 24, count: 2 },
    { fromMonths: 24, toMonths: 36, count: 1 },
  ];
  // The history's coefficient of variation, by hand: √437/29 (mean 29/3, variance 437/9).
  const CV = Math.sqrt(437) / 29;
  const EMPIRICAL = [...DOMAIN, '--horizon', '6', '--runs', '2000', '--seed', '3', '--stay-distribution', 'empirical'];

  it('simulates the unit’s own history and prints the documented JSON', () => {
    const run = runCli(['forecast', ...EMPIRICAL, '--stay-bands', BANDS, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['model', 'steadyState', 'assumptions', 'months', 'recommendation', 'longRunMethod', 'details']);
    expect(out.model).toBe('monte-carlo');
    expect(out.steadyState).toMatchObject({ arrivalsPerMonth: 2.25, meanStayMonths: 12, capacity: 28, offeredLoad: 27 });
    expect(out.steadyState.meanWaitWeeks).toBeCloseTo(steadyState(2.25, 12, 28, CV).meanWaitWeeks!, 9);
    expect(out.months).toHaveLength(6);
    expect(Object.keys(out.months[0])).toEqual([
      'month',
      'capacity',
      'arrivals',
      'enrolledMean',
      'queueMean',
      'queueP50',
      'queueP90',
      'probabilityOfQueue',
      'probabilityOfWaiting',
      'expectedWaitWeeks',
      'probabilityOfWaitOver',
      'waitPercentiles',
    ]);
    // Same seed, same result; and the text output names the distribution.
    expect(runCli(['forecast', ...EMPIRICAL, '--stay-bands', BANDS, '--json']).stdout).toBe(run.stdout);
    expect(runCli(['forecast', ...EMPIRICAL, '--stay-bands', BANDS]).stdout).toContain('empirisk vistelsetid');
  });

  it('takes stayBands as a JSON array in a batch line, with the same result as the flags', () => {
    const file = writeBatch([
      JSON.stringify({
        arrivals: 2.25,
        stay: 12,
        lotsar: 4,
        caseload: 7,
        enrolled: 27,
        horizon: 6,
        runs: 2000,
        seed: 3,
        stayDistribution: 'empirical',
        stayBands: HISTORY,
      }),
    ]);
    const run = runCli(['forecast', '--batch', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const flags = JSON.parse(runCli(['forecast', ...EMPIRICAL, '--stay-bands', BANDS, '--json']).stdout);
    expect(JSON.parse(run.stdout.trim())).toEqual(flags);
  });

  it('refuses bad bands in a batch line, naming the line and the field', () => {
    const file = writeBatch([
      JSON.stringify({
        arrivals: 2.25,
        stay: 12,
        lotsar: 4,
        caseload: 7,
        stayDistribution: 'empirical',
        stayBands: [
          { fromMonths: 0, toMonths: 6, count: 1 },
          { fromMonths: 3, toMonths: 9, count: 1 },
        ],
      }),
    ]);
    const run = runCli(['forecast', '--batch', file]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Rad 1: Vistelseintervall 2: börjar vid 3 månader, före slutet av föregående intervall (6 månader)');
    const flagToo = runCli(['forecast', '--batch', file, '--stay-bands', BANDS]);
    expect(flagToo.status).not.toBe(0);
    expect(flagToo.stderr).toContain('--stay-bands');
  });

  it.each([
    [['--stay-bands', '0-3:4,3-6'], 'intervall 2: ”3-6” är inte skrivet som från-till:antal'],
    [['--stay-bands', '0-1,5:4'], 'decimalpunkt'],
    [['--stay-bands', 'tre-sex:4'], 'är inte skrivet som från-till:antal'],
    [['--stay-bands', '0-3:4,2-6:6'], 'intervall 2: börjar vid 2 månader'],
    [['--stay-bands', '3-6:4,0-3:6'], 'intervall 2: börjar vid 0 månader'],
    [['--stay-bands', '0-3:0,3-6:0'], 'har inga avslut'],
    [['--stay-bands', '0-3:2.5'], 'intervall 1 (antal): ska vara ett heltal, men är 2,5'],
    [['--stay-bands', '0-300:1'], 'intervall 1 (till): får vara högst 240'],
    [[], 'behövs när vistelsetiden är empirical'],
  ])('refuses %j with a Swedish message naming --stay-bands and nothing on stdout', (args, message) => {
    const run = runCli(['forecast', ...EMPIRICAL, ...args, '--json']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Fel: Flaggan --stay-bands/);
    expect(run.stderr).toContain(message);
  });

  it('refuses --stay-bands with another distribution', () => {
    const run = runCli(['forecast', ...DOMAIN, '--stay-bands', BANDS, '--json']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Flaggan --stay-bands: gäller bara empirisk vistelsetid, empirical (nu är den exponential)');
  });
});
