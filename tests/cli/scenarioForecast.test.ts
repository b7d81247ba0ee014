// lotsplan forecast --district … [--scenario …], scenario compare with forecasts, and scenario edit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';

const AREA = ['--district', 'Rinkeby-Kista', '--year', '2020'];

function demoDb(): string {
  const db = path.join(tempDir(), 'x.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  return db;
}

describe('forecasts of stored plans and scenarios', () => {
  it('writes the forecast of the plan as JSON with start, calendar months and the hiring plan', () => {
    const db = demoDb();
    const run = runCli(['forecast', '--db', db, ...AREA, '--target-probability', '0.1', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const f = JSON.parse(run.stdout);
    expect(f.start).toEqual({ year: 2021, month: 1, enrolled: 27, queue: 0, source: 'statistics' });
    expect(f.months).toHaveLength(24);
    expect(f.months[11]).toMatchObject({ month: 12, year: 2021, calendarMonth: 12, lotsar: 4, capacity: 28 });
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['model', 'steadyState', 'months', 'recommendation', 'hiringPlan']));
    expect(f.hiringPlan).toMatchObject({ addLotsar: 1, leadTimeMonths: 2, recruitFromYear: 2021 });
    expect(f.hiringPlan.maxProbabilityOfWaiting).toBeLessThanOrEqual(0.1);
    expect(f.hiringPlan.costFullYear).toBeCloseTo(12 * 38500 * 1.3915, 4);
    // Without a target there is no hiring plan in the output.
    const plain = JSON.parse(runCli(['forecast', '--db', db, ...AREA, '--json']).stdout);
    expect(plain).not.toHaveProperty('hiringPlan');
  });

  it('writes the start and the recommendation as Swedish prose in the text output', () => {
    const db = demoDb();
    const run = runCli(['forecast', '--db', db, ...AREA, '--target-probability', '0.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Start: jan 2021 med 27 inskrivna och ingen kö (månadsstatistiken).');
    expect(run.stdout).toMatch(/Rekommendation för målen \(högst 10\s%\srisk, högst 2 veckors väntetid\): fem lotsar, 35 platser/);
    // The demo plan misses the target from januari 2021, the first month: the hiring plan says to recruit now.
    expect(run.stdout).toContain(
      'Rekrytera nu: målet överskrids redan i januari 2021, och en ny lots kan börja tidigast i mars 2021 (rekryteringstid två månader).',
    );
    expect(run.stdout).not.toContain('påbörjas senast i januari 2021');
  });

  it('says why there is no hiring plan when the target holds already', () => {
    const db = demoDb();
    const f = JSON.parse(runCli(['forecast', '--db', db, ...AREA, '--target-probability', '0.9', '--json']).stdout);
    expect(f.hiringPlan).toBeNull();
    expect(f.hiringPlanReason).toContain('ingen lots till behövs');
  });

  it('edits a scenario from the CLI and forecasts it, in Swedish text', () => {
    const db = demoDb();
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'En lots till', '--add-lots', '1', '--from-month', '4']).status).toBe(0);
    const edit = runCli([
      'scenario',
      'edit',
      '--db',
      db,
      ...AREA,
      '--name',
      'En lots till',
      '--from-month',
      'maj',
      '--salary',
      '39 000',
      '--arrivals-change',
      '30',
    ]);
    expect(edit.stderr).toBe('');
    expect(edit.stdout.replace(/\u00a0/g, ' ')).toContain(
      'Scenariot ”En lots till” har ändrats. Ny tjänst: ny lots (1,0) från maj, 39 000 kr i månaden. Anmälningar +30 %.',
    );
    const text = runCli(['forecast', '--db', db, ...AREA, '--scenario', 'En lots till', '--horizon', '12']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Prognos för scenariot ”En lots till”');
    expect(text.stdout).toContain('Exakt beräkning.');
    expect(text.stdout).toContain('Start: jan 2021 med 27 inskrivna och ingen kö (månadsstatistiken).');
    expect(text.stdout).toMatch(
      /Med en lots till från maj och 30 procent fler anmälningar är risken att behöva vänta om sex månader \d+ procent och om tolv månader \d+ procent\./,
    );
    // Lotsar as everywhere: 5, not 5,0; the lots hired in May 2020 works from the forecast's first month.
    expect(text.stdout).toMatch(/jan 2021 +5 +35 /);
    // Flags of the flag form do not apply to a stored plan.
    const wrong = runCli(['forecast', '--db', db, ...AREA, '--arrivals', '3']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('--arrivals gäller inte med --district');
    const unknown = runCli(['scenario', 'edit', '--db', db, ...AREA, '--name', 'Finns inte', '--arrivals-change', '10']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('Scenariot ”Finns inte” finns inte');
  });

  it('compare --json gives the baseline and every scenario a forecast, and the text shows the queue table', () => {
    const db = demoDb();
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'Ökat tryck', '--preset', 'okat-tryck']).status).toBe(0);
    const json = JSON.parse(runCli(['scenario', 'compare', '--db', db, ...AREA, '--names', 'Ökat tryck', '--json']).stdout);
    expect(json.baseline.forecast.start).toMatchObject({ year: 2021, month: 1 });
    expect(json.scenarios[0].forecast.months[0].arrivals).toBeCloseTo(2.25 * 1.3, 12);
    expect(json.scenarios[0].queueDeltas.riskIn12Months).toBeGreaterThan(0);
    const text = runCli(['scenario', 'compare', '--db', db, ...AREA, '--names', 'Ökat tryck']).stdout;
    expect(text).toContain('Köprognos från jan 2021 (månadsstatistiken)');
    expect(text).toContain('Risk att behöva vänta om tolv månader');
    expect(text).toMatch(/Ökat tryck: Med 30 procent fler anmälningar är risken att behöva vänta om sex månader \d+ procent/);
  });
});

describe('lotsplan scenario to-plan', () => {
  it('makes the scenario the plan of the next year, and refuses a second time', () => {
    const db = demoDb();
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'En lots till', '--add-lots', '1', '--from-month', '4']).status).toBe(0);
    const made = runCli(['scenario', 'to-plan', '--db', db, ...AREA, '--name', 'En lots till']);
    expect(made.stderr).toBe('');
    expect(made.stdout).toBe('Gjorde scenariot ”En lots till” till planen för 2021.\n');
    const figures = JSON.parse(runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--year', '2021', '--json']).stdout);
    expect(figures.lotsarFte).toBe(5);
    const again = runCli(['scenario', 'to-plan', '--db', db, ...AREA, '--name', 'En lots till']);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('har redan en plan för 2021');
  });
});
