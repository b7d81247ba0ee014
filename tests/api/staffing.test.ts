// Handlers of the staffing plan and scenarios on a real temp database.
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash, RK } from './support.ts';

const nb = (s: string) => s.replace(/(\d) (?=\d|kronor|%|mnkr)/g, '$1\u00a0');

describe('staffing plan', () => {
  it('returns the plan, settings, twelve months, totals, figures and explanations', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getStaffingPlan', { district: 'Rinkeby-Kista', year: 2020 });
    expect(view.settings).toMatchObject({ poPercent: 39.15, caseloadPerLots: 7, recruitmentLeadTimeMonths: 2 });
    expect(view.positions).toHaveLength(6);
    expect(view.positions[0]).toMatchObject({ role: 'lots', roleLabel: 'Lots', vacant: false, fundingSource: null });
    expect(view.positions[0]!.annualCost).toBeCloseTo(642873, 6);
    expect(view.months).toHaveLength(12);
    expect(view.months[3]).toMatchObject({ month: 4, monthName: 'april', lotsarFte: 4, capacity: 28 });
    expect(view.totals.staffCost).toBeCloseTo(
      view.months.reduce((s, m) => s + m.staffCost, 0),
      9,
    );
    expect(view.totals.decemberCapacity).toBe(28);
    expect(view.figures.capacity).toBe(28);
    expect(view.explanations.capacity).toContain('28 platser');
    expect(view.poReference).toBeNull();
    expect(view.history.canUndo).toBe(false);
  });

  it('adds, duplicates, updates, moves and removes positions; every edit is undoable', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const added = await ok('addPosition', { ...RK, position: { role: 'lots', title: 'Lots', fte: 0.5, monthlySalary: 38500, fromMonth: 4, vacant: true } });
    expect(added.label).toBe('Lade till tjänsten Lots (rad 7)');
    const row = added.staffing.positions[6]!;
    expect(row).toMatchObject({ fte: 0.5, fromMonth: 4, toMonth: 12, vacant: true, annualCost: 0 });
    expect(added.staffing.totals.vacantStaffCost).toBeCloseTo(0.5 * 38500 * 9 * 1.3915, 6);
    const filled = await ok('updatePosition', { ...RK, positionId: row.id, changes: { vacant: false } });
    expect(filled.staffing.figures.lotsarFte).toBe(4.5);
    expect(filled.staffing.months[3]!.capacity).toBe(31);
    const dup = await ok('duplicatePosition', { ...RK, positionId: row.id });
    expect(dup.staffing.positions).toHaveLength(8);
    const moved = await ok('movePosition', { ...RK, positionId: row.id, toIndex: 0 });
    expect(moved.staffing.positions[0]!.id).toBe(row.id);
    const removed = await ok('removePosition', { ...RK, positionId: row.id });
    expect(removed.staffing.positions.map((p) => p.id)).not.toContain(row.id);

    const undo = await ok('undo', RK);
    expect(undo).toMatchObject({ done: true, message: 'Ångrade: tog bort tjänsten Lots (rad 1).' });
    expect(undo.staffing.positions[0]!.id).toBe(row.id);
    const redo = await ok('redo', RK);
    expect(redo.message).toBe('Gjorde om: tog bort tjänsten Lots (rad 1).');
    expect((await ok('redo', RK)).done).toBe(false);
  });

  it('changes year settings, other costs and funding; the savings requirement lowers the funding', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const s = await ok('updateYearSettings', { ...RK, changes: { savingsRequirementPercent: 2, salaryRevisionPercent: 2.5 } });
    expect(s.label).toBe('Ändrade årsinställningarna: förväntad löneökning och besparingskrav');
    expect(s.staffing.totals.funding).toBeCloseTo(4_410_000, 6);
    expect(s.staffing.totals.savingsAmount).toBeCloseTo(90_000, 6);
    const exempt = await ok('updateYearSettings', { ...RK, changes: { savingsExempt: true } });
    expect(exempt.staffing.totals.funding).toBe(4_500_000);
    const costs = exempt.staffing.otherCosts;
    const c = await ok('updateOtherCosts', { ...RK, otherCosts: [...costs.slice(1), { label: 'Placeringar', amount: 100000 }] });
    expect(c.staffing.otherCosts.map((x) => x.label)).toEqual(['Aktiviteter och deltagarkostnader', 'Köpt öppenvård', 'IT och telefoni', 'Placeringar']);
    expect(c.staffing.otherCosts[0]!.id).toBe(costs[1]!.id);
    const f = await ok('updateFunding', { ...RK, funding: [{ source: 'Socialförvaltningen', amount: 4_700_000, period: '1' }] });
    expect(f.staffing.funding).toMatchObject([{ source: 'Socialförvaltningen', amount: 4_700_000, period: '1' }]);
  });

  it('asks about a salary ten times the others, beside the row, without refusing it; Ångra takes the question away', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getStaffingPlan', RK);
    expect(view.notices).toEqual([]);
    const id = view.positions[1]!.id;
    const typo = await ok('updatePosition', { ...RK, positionId: id, changes: { monthlySalary: 385000 } });
    expect(typo.staffing.positions[1]!.monthlySalary).toBe(385000);
    expect(typo.staffing.notices).toEqual([
      {
        positionId: id,
        field: 'monthlySalary',
        text: nb('Lots (rad 2): Månadslönen 385 000 kr är mycket högre än enhetens övriga (38 500 kr). Stämmer beloppet?').replace(/(\d) kr/g, '$1\u00a0kr'),
      },
    ]);
    expect((await ok('getStaffingPlan', RK)).notices).toHaveLength(1);
    const undone = await ok('undo', RK);
    expect(undone.staffing.notices).toEqual([]);
  });

  it('gives the marginal cost of one more lots with the memo sentence', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const m = await ok('getMarginalLots', { ...RK, fromMonth: 4 });
    expect(m.salarySource).toBe('median');
    expect(m.monthlySalary).toBe(38500);
    expect(m.restOfYearCost).toBeCloseTo(482154.75, 6);
    expect(m.fullYearCost).toBeCloseTo(642873, 6);
    expect(m.sentence).toBe(nb('En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger sju platser till från juni.'));
    expect(m.explanation).toContain('medianlönen');
  });

  it('refuses bad input with Swedish messages naming the field, and saves nothing', async () => {
    const { call, ok, file } = apiSetup();
    await ok('loadDemo', {});
    const view = await ok('getStaffingPlan', RK);
    const id = view.positions[0]!.id;
    const before = dbHash(file);
    const cases: [string, unknown, string, string][] = [
      ['updatePosition', { ...RK, positionId: id, changes: { fte: 1.5 } }, 'VALIDATION', 'Sysselsättningsgraden för Lots (rad 1) kan vara högst 1,0 (heltid).'],
      ['updatePosition', { ...RK, positionId: id, changes: { fte: 0 } }, 'VALIDATION', 'Sysselsättningsgrad: ska vara större än 0'],
      ['updatePosition', { ...RK, positionId: id, changes: { monthlySalary: -1 } }, 'VALIDATION', 'Månadslön: ska vara minst 0'],
      ['updatePosition', { ...RK, positionId: id, changes: { monthlySalary: Number.POSITIVE_INFINITY } }, 'VALIDATION', 'Månadslön'],
      [
        'updatePosition',
        { ...RK, positionId: id, changes: { fromMonth: 6, toMonth: 3 } },
        'VALIDATION',
        'Sista månad: sista månaden (3) ligger före första månaden (6)',
      ],
      ['updatePosition', { ...RK, positionId: 9999, changes: { fte: 0.5 } }, 'NOT_FOUND', 'Tjänsten med id 9999 finns inte'],
      ['addPosition', { ...RK, position: { role: 'lots', fte: 1, monthlySalary: Number.NaN } }, 'VALIDATION', 'Månadslön'],
      ['updateYearSettings', { ...RK, changes: { poPercent: 101 } }, 'VALIDATION', 'PO-pålägg: får vara högst 100'],
      ['updateYearSettings', { ...RK, changes: { poPercent: -1 } }, 'VALIDATION', 'PO-pålägg: ska vara minst 0'],
      ['updateOtherCosts', { ...RK, otherCosts: [{ label: 'Lokaler', amount: -5 }] }, 'VALIDATION', 'Kostnadspost 1, belopp: ska vara minst 0'],
      ['deleteScenario', { ...RK, scenario: 'Finns inte' }, 'NOT_FOUND', 'Scenariot ”Finns inte” finns inte'],
      ['getScenarioFigures', { ...RK, scenario: 7 }, 'NOT_FOUND', 'Scenariot med id 7 finns inte'],
    ];
    for (const [name, input, code, text] of cases) {
      const result = await call(name as 'updatePosition', input as never);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, `${name} ${JSON.stringify(input)}`).toBe(code);
      expect([result.error.message, ...(result.error.details ?? [])].join('\n')).toContain(text);
    }
    expect(dbHash(file)).toBe(before);
  });
});

describe('scenarios', () => {
  it('creates presets, lists, copies, renames, compares and deletes them', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    const lots = await ok('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots', extraLots: { fromMonth: 4 } });
    expect(lots.scenario).toMatchObject({ name: 'En lots till', preset: 'extraLots', presetLabel: 'En lots till' });
    expect(lots.scenario.overrides.addPositions).toMatchObject([{ role: 'lots', fte: 1, monthlySalary: 38500, fromMonth: 4, toMonth: 12 }]);
    await ok('createScenario', { ...RK, name: 'Ökat tryck', preset: 'increasedPressure' });
    await ok('createScenario', { ...RK, name: 'Besparing', preset: 'savings' });
    await ok('createScenario', { ...RK, name: 'Oförändrat', preset: 'unchanged' });
    const copy = await ok('copyScenario', { ...RK, scenario: 'Besparing', name: 'Besparing 10 %' });
    const updated = await ok('updateScenario', { ...RK, scenario: copy.scenario.id, overrides: { fundingChangePercent: -10 } });
    expect(updated.scenario).toMatchObject({ preset: 'custom', description: 'Finansiering \u221210\u00a0%.' });
    const renamed = await ok('renameScenario', { ...RK, scenario: copy.scenario.id, name: 'Tio procent mindre' });
    expect(renamed.label).toBe('Bytte namn på scenariot ”Besparing 10 %” till ”Tio procent mindre”');

    const list = await ok('listScenarios', RK);
    expect(list.scenarios.map((s) => s.name)).toEqual(['En lots till', 'Ökat tryck', 'Besparing', 'Oförändrat', 'Tio procent mindre']);
    expect(list.presets.map((p) => p.label)).toEqual(['Oförändrat', 'En lots till', 'Ökat tryck', 'Besparing', 'Eget scenario']);

    const cmp = await ok('compareScenarios', { ...RK, scenarios: ['En lots till', 'Ökat tryck', 'Besparing', 'Oförändrat'] });
    expect(cmp.compared.map((c) => c.key)).toEqual(['lotsarFte', 'capacity', 'totalCost', 'balance', 'costPerParticipant', 'costPerLots', 'utilization']);
    const [extra, pressure, savings, same] = cmp.scenarios;
    expect(extra!.deltas).toMatchObject({ lotsarFte: 1, capacity: 7 });
    expect(extra!.months.map((m) => m.capacity)).toEqual([28, 28, 28, 28, 28, 35, 35, 35, 35, 35, 35, 35]);
    expect(extra!.sentence).toContain('ger sju platser till från juni');
    expect(pressure!.figures.utilization).toBeCloseTo((27 * 1.3) / 28, 12);
    expect(savings!.deltas.balance).toBeCloseTo(-225_000, 6);
    expect(same!.deltas.totalCost).toBe(0);
    expect((await call('compareScenarios', { ...RK, scenarios: ['A', 'B', 'C', 'D', 'E'] })).ok).toBe(false);

    const one = await ok('getScenarioFigures', { ...RK, scenario: 'en lots till' });
    expect(one.figures.capacity).toBe(35);

    const deleted = await ok('deleteScenario', { ...RK, scenario: 'Oförändrat' });
    expect(deleted.deleted).toBe('Oförändrat');
    const undo = await ok('undo', RK);
    expect(undo.message).toBe('Ångrade: tog bort scenariot ”Oförändrat”.');
    expect((await ok('listScenarios', RK)).scenarios.map((s) => s.name)).toContain('Oförändrat');
  });

  it('refuses a duplicate name with CONFLICT and a missing salary without lotsar, saving nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('loadDemo', {});
    await ok('createScenario', { ...RK, name: 'Besparing', preset: 'savings' });
    const before = dbHash(file);
    const dup = await call('createScenario', { ...RK, name: ' besparing ', preset: 'custom' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!dup.ok) expect(dup.error.details).toEqual(['Namn: namnet ”besparing” är redan använt']);
    const rename = await call('renameScenario', { ...RK, scenario: 'Besparing', name: '' });
    expect(rename).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const badRef = await call('updateScenario', { ...RK, scenario: 'Besparing', overrides: { removePositionIds: [9999] } });
    expect(badRef).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: ['Borttagen tjänst 1: tjänsten med id 9999 finns inte i planen'] },
    });
    const badFte = await call('createScenario', { ...RK, name: 'X', extraLots: { fte: 1.5 } });
    expect(badFte).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: ['En lots till, sysselsättningsgrad: får vara högst 1,0 (heltid)'] } });
    // A unit without lotsar has no median salary: the salary must be given.
    const noLots = await call('createScenario', { district: 'Farsta', year: 2016, name: 'En lots till', preset: 'extraLots' });
    if (!noLots.ok && noLots.error.code === 'VALIDATION')
      expect(noLots.error.details).toEqual(['En lots till, månadslön: ange månadslönen för den nya lotsen']);
    expect(dbHash(file)).toBe(before);
  });
});
