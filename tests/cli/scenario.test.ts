// lotsplan scenario … and figures --scenario, as child processes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';

const AREA = ['--district', 'Rinkeby-Kista', '--year', '2020'];

function demoDb(): string {
  const db = path.join(tempDir(), 'x.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  return db;
}

describe('lotsplan scenario', () => {
  it('creates ”En lots till” with a Swedish salary and shows its figures and months as JSON', () => {
    const db = demoDb();
    const create = runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'En lots till', '--add-lots', '1', '--from-month', '4', '--salary', '38 500']);
    expect(create.stderr).toBe('');
    expect(create.status).toBe(0);
    expect(create.stdout).toContain('Scenariot ”En lots till” har skapats');

    const run = runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--year', '2020', '--scenario', 'En lots till', '--json']);
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout);
    const baseline = JSON.parse(runCli(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--json']).stdout);
    expect(Object.keys(figures).sort()).toEqual([...Object.keys(baseline), 'months'].sort());
    expect(figures.lotsarFte).toBe(5);
    expect(figures.capacity).toBe(35); // December capacity
    expect(figures.months).toHaveLength(12);
    expect(Object.keys(figures.months[0]).sort()).toEqual(['capacity', 'lotsarFte', 'month', 'staffCost']);
    expect(figures.months.map((m: { capacity: number }) => m.capacity)).toEqual([28, 28, 28, 28, 28, 35, 35, 35, 35, 35, 35, 35]);
    expect(figures.months[3].staffCost - figures.months[2].staffCost).toBeCloseTo(38500 * 1.3915, 6);
    expect(figures.totalCost - baseline.totalCost).toBeCloseTo(38500 * 9 * 1.3915, 6);
    const sum = figures.months.reduce((s: number, m: { staffCost: number }) => s + m.staffCost, 0);
    expect(sum).toBeCloseTo(figures.staffCost, 6);
  });

  it('edits the new lots’s first month and salary and the change of arrivals, as its help says', () => {
    const db = demoDb();
    expect(
      runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'En lots till', '--add-lots', '1', '--from-month', '4', '--salary', '38 500']).status,
    ).toBe(0);
    const before = JSON.parse(runCli(['figures', '--db', db, ...AREA, '--scenario', 'En lots till', '--json']).stdout);
    const edit = runCli([
      'scenario',
      'edit',
      '--db',
      db,
      ...AREA,
      '--name',
      'En lots till',
      '--from-month',
      '5',
      '--salary',
      '39 000',
      '--arrivals-change',
      '30',
    ]);
    expect(edit.stderr).toBe('');
    expect(edit.status).toBe(0);
    const after = JSON.parse(runCli(['figures', '--db', db, ...AREA, '--scenario', 'En lots till', '--json']).stdout);
    // Eight months from May at 39 000 instead of nine from April at 38 500.
    expect(after.staffCost - before.staffCost).toBeCloseTo((39000 * 8 - 38500 * 9) * 1.3915, 6);
    expect(after.months[3].staffCost).toBeCloseTo(after.months[2].staffCost, 6);
    expect(after.months[4].staffCost - after.months[3].staffCost).toBeCloseTo(39000 * 1.3915, 6);
    const [listed] = JSON.parse(runCli(['scenario', 'list', '--db', db, ...AREA, '--json']).stdout);
    expect(listed.overrides.arrivalsChangePercent).toBe(30);
    expect(listed.overrides.addPositions).toEqual([expect.objectContaining({ fromMonth: 5, monthlySalary: 39000 })]);
  });

  it('lists, compares with deltas against the baseline, and deletes', () => {
    const db = demoDb();
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'En lots till', '--add-lots', '1', '--from-month', 'april']).status).toBe(0);
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'Ökat tryck', '--arrivals-change', '+30 %']).status).toBe(0);
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'Besparing', '--preset', 'besparing']).status).toBe(0);
    const list = runCli(['scenario', 'list', '--db', db, ...AREA, '--json']);
    expect(JSON.parse(list.stdout).map((s: { name: string }) => s.name)).toEqual(['En lots till', 'Ökat tryck', 'Besparing']);

    const compare = runCli(['scenario', 'compare', '--db', db, ...AREA, '--names', 'En lots till,Ökat tryck,Besparing', '--json']);
    expect(compare.stderr).toBe('');
    expect(compare.status).toBe(0);
    const result = JSON.parse(compare.stdout);
    expect(result.baseline).toMatchObject({ capacity: 28, lotsarFte: 4 });
    expect(result.baseline.months).toHaveLength(12);
    const [lots, pressure, savings] = result.scenarios;
    expect(lots.name).toBe('En lots till');
    expect(lots.figures.capacity).toBe(35);
    expect(lots.deltas).toMatchObject({ lotsarFte: 1, capacity: 7 });
    expect(lots.deltas.totalCost).toBeCloseTo(38500 * 9 * 1.3915, 6);
    expect(lots.sentence).toBe(
      'En lots till från april kostar 482\u00a0000\u00a0kronor i år och 643\u00a0000\u00a0kronor för ett helt år, och ger sju platser till från juni.',
    );
    expect(pressure.figures.utilization).toBeCloseTo((27 * 1.3) / 28, 12);
    expect(savings.deltas.balance).toBeCloseTo(-225000, 6);

    const table = runCli(['scenario', 'compare', '--db', db, ...AREA, '--names', 'En lots till']);
    expect(table.stdout).toMatch(/Platser\s+28\s+35/);

    const del = runCli(['scenario', 'delete', '--db', db, ...AREA, '--name', 'Besparing']);
    expect(del.status).toBe(0);
    expect(del.stdout).toContain('Scenariot ”Besparing” har tagits bort.');
  });

  it('refuses bad input with a Swedish message on stderr and changes nothing', () => {
    const db = demoDb();
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'Besparing', '--funding-change=-5']).status).toBe(0);
    const before = sha256(db);
    const cases: [string[], number, string][] = [
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--add-lots', '1,5'], 1, 'En lots till, sysselsättningsgrad: får vara högst 1,0 (heltid)'],
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--add-lots', '0'], 1, 'En lots till, sysselsättningsgrad: ska vara större än 0'],
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--salary', '1.5.3'], 2, '”1.5.3” är inte ett tal'],
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--salary=-100'], 1, 'En lots till, månadslön: ska vara minst 0'],
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--from-month', '13'], 2, 'ingen månad'],
      // --from-month is the new lots's first month: without --add-lots it is refused, not a silent new lots.
      [
        ['scenario', 'create', '--db', db, ...AREA, '--name', 'X', '--arrivals-change', '30', '--from-month', '3'],
        2,
        '--from-month gäller den nya lotsen och kräver --add-lots, till exempel --add-lots 1 --from-month 4. En ökning av anmälningarna från en viss månad anges i stället i Prognos, som en tillfällig ökning.',
      ],
      [
        ['scenario', 'edit', '--db', db, ...AREA, '--name', 'Besparing', '--from-month', '3'],
        2,
        'Scenariot har ingen tillagd lots, så --from-month har inget att ändra: de gäller den nya lotsen. Lägg till en lots med --add-lots, till exempel --add-lots 1 --from-month 4. En ökning',
      ],
      [['scenario', 'create', '--db', db, ...AREA, '--name', 'besparing'], 1, 'Det finns redan ett scenario som heter ”Besparing”'],
      [['scenario', 'delete', '--db', db, ...AREA, '--name', 'Finns inte'], 1, 'Scenariot ”Finns inte” finns inte'],
      [['scenario', 'compare', '--db', db, ...AREA, '--names', 'Besparing,Okänt'], 1, 'Scenariot ”Okänt” finns inte'],
      [['figures', '--db', db, '--district', 'Rinkeby-Kista', '--scenario', 'Okänt', '--json'], 1, 'Scenariot ”Okänt” finns inte'],
      [['scenario', 'create', '--db', db, ...AREA], 2, 'Ange scenariots namn med --name'],
      [['scenario', 'list', '--db', db, ...AREA, '--name', 'X'], 2, 'Flaggan --name gäller inte'],
      [['scenario', 'rensa', '--db', db, ...AREA], 2, 'Ange vad som ska göras'],
      // An edit with nothing to change is refused, not reported as a change (nor logged).
      [
        ['scenario', 'edit', '--db', db, ...AREA, '--name', 'Besparing'],
        2,
        'Fel: Ange vad som ska ändras i scenariot ”Besparing”, med någon av flaggorna --add-lots, --from-month, --salary, ' +
          '--arrivals-change, --funding-change, --lead-time, --mean-stay eller --trend. Ingenting har ändrats.',
      ],
    ];
    for (const [args, status, message] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout).not.toContain('har skapats');
      expect(run.stdout).not.toContain('har ändrats');
    }
    expect(sha256(db)).toBe(before);
  });

  it('accepts Swedish number entry for the salary', () => {
    const db = demoDb();
    for (const [i, salary] of ['38 500', '38500', '38 500,50'].entries()) {
      const run = runCli(['scenario', 'create', '--db', db, ...AREA, '--name', `S${i}`, '--salary', salary]);
      expect(run.status, salary).toBe(0);
    }
    const list = JSON.parse(runCli(['scenario', 'list', '--db', db, ...AREA, '--json']).stdout);
    expect(list.map((s: { overrides: { addPositions: { monthlySalary: number }[] } }) => s.overrides.addPositions[0]!.monthlySalary)).toEqual([
      38500, 38500, 38500.5,
    ]);
    expect(runCli(['scenario', 'create', '--db', db, ...AREA, '--name', 'Halv', '--add-lots', '0,5']).status).toBe(0);
  });
});
