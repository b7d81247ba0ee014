import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiSetup } from './support.ts';
import { validExchange } from '../fixtures/exchange.ts';

const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

describe('audit log', () => {
  it('records every change in its own transaction: demo, import, edit, undo, redo, scenario', async () => {
    const { ok, call } = apiSetup();
    await ok('loadDemo', {});
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    const plan = await ok('getStaffingPlan', rk);
    const first = plan.positions[0]!;
    await ok('updatePosition', { ...rk, positionId: first.id, changes: { monthlySalary: 40000 } });
    await ok('undo', rk);
    await ok('redo', rk);
    await ok('createScenario', { ...rk, name: 'En lots till', preset: 'extraLots', extraLots: { fromMonth: 4 } });
    // A refused write records nothing.
    const refused = await call('updatePosition', { ...rk, positionId: first.id, changes: { fte: 2 } });
    expect(refused.ok).toBe(false);
    const importRefused = await call('importExchange', { text: '{"format":"lotsplan-unit"}' });
    expect(importRefused.ok).toBe(false);

    const log = await ok('listAuditLog', { limit: 100 });
    // Demo: seven unit-years, the main unit's monthly statistics and the district's memo defaults; then import and four edits.
    expect(log.total).toBe(7 + 1 + 1 + 1 + 4);
    const [scenario, redo, undo, edit, imported] = log.entries;
    expect(scenario).toMatchObject({ action: 'scenarioCreated', actionLabel: 'Nytt scenario', district: 'Rinkeby-Kista', year: 2020 });
    expect(scenario!.summary).toContain('En lots till');
    expect(redo!.summary.startsWith('Gjorde om: ')).toBe(true);
    expect(undo!.summary.startsWith('Ångrade: ')).toBe(true);
    expect(edit).toMatchObject({ action: 'edit', actionLabel: 'Ändrad plan' });
    expect(edit!.summary).toMatch(/månadslön/i);
    expect(JSON.stringify(edit!.before)).toContain('38500');
    expect(JSON.stringify(edit!.after)).toContain('40000');
    expect(imported).toMatchObject({ action: 'import', district: 'Spånga-Tensta', unit: 'SIG unga', year: 2021, before: null });
    expect(imported!.summary).toBe('Läste in SIG unga (Spånga-Tensta) 2021 från en utväxlingsfil.');
    expect(log.entries.every((e) => e.osUser.length > 0)).toBe(true);
  });

  it('names the kind of each scenario change and of a plan made in Lotsplan, filters by it, and exports it', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const created = await ok('createScenario', { ...rk, name: 'Besparing', preset: 'savings' });
    await ok('copyScenario', { ...rk, scenario: 'Besparing', name: 'Besparing 2' });
    await ok('renameScenario', { ...rk, scenario: 'Besparing 2', name: 'Större besparing' });
    await ok('updateScenario', { ...rk, scenario: 'Större besparing', overrides: { fundingChangePercent: -10 } });
    await ok('deleteScenario', { ...rk, scenario: 'Större besparing' });
    await ok('undo', rk);
    await ok('scenarioToPlan', { ...rk, scenario: created.scenario.id });
    await ok('createUnitYear', { district: 'Skärholmen', unit: 'SIG unga', year: 2024, poPercent: 44.53, caseloadPerLots: 6 });
    // A change of the plan after the scenarios is a change of the plan.
    const first = (await ok('getStaffingPlan', rk)).positions[0]!;
    await ok('updatePosition', { ...rk, positionId: first.id, changes: { monthlySalary: 40000 } });

    const { entries } = await ok('listAuditLog', { limit: 9 });
    expect(entries.map((e) => [e.actionLabel, e.summary])).toEqual([
      ['Ändrad plan', expect.stringMatching(/månadslön/i)],
      ['Ny plan', 'Skapade en tom plan för SIG unga (Skärholmen) 2024.'],
      ['Ny plan', 'Gjorde scenariot ”Besparing” till planen för 2021 (Rinkeby-Kista, SIG vuxna).'],
      ['Ångrad ändring', 'Ångrade: Tog bort scenariot ”Större besparing”'],
      ['Borttaget scenario', 'Tog bort scenariot ”Större besparing”'],
      ['Ändrat scenario', 'Ändrade scenariot ”Större besparing”'],
      ['Ändrat scenario', 'Bytte namn på scenariot ”Besparing 2” till ”Större besparing”'],
      ['Nytt scenario', 'Kopierade scenariot ”Besparing” till ”Besparing 2”'],
      ['Nytt scenario', 'Skapade scenariot ”Besparing”'],
    ]);
    expect(entries.map((e) => e.action).slice(0, 5)).toEqual(['edit', 'planCreated', 'planCreated', 'undo', 'scenarioDeleted']);

    const newScenarios = await ok('listAuditLog', { action: 'scenarioCreated', limit: 100 });
    expect(newScenarios.entries.map((e) => e.summary)).toEqual(['Kopierade scenariot ”Besparing” till ”Besparing 2”', 'Skapade scenariot ”Besparing”']);
    expect((await ok('listAuditLog', { action: 'scenarioChanged', limit: 100 })).total).toBe(2);
    // Neither the scenarios nor the plans made in Lotsplan are counted as plan changes or imports.
    expect((await ok('listAuditLog', { action: 'edit', limit: 100 })).total).toBe(1);
    expect((await ok('listAuditLog', { action: 'import', limit: 100 })).total).toBe(0);

    const exported = await ok('exportAuditLog', { action: 'scenarioCreated' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ändringslogg')!;
    expect([2, 3].map((r) => sheet.getRow(r).getCell(3).value)).toEqual(['Nytt scenario', 'Nytt scenario']);
  });

  it('says "Ersatte" and keeps the previous plan when an import replaces a unit-year', async () => {
    const { ok } = apiSetup();
    await ok('importExchange', { text: JSON.stringify(validExchange()) });
    const changed = validExchange();
    changed.participants = { enrolled: 10, men: 8, women: 2, otherGender: 0, queue: 0, touched: 4 };
    await ok('importExchange', { text: JSON.stringify(changed) });
    const [latest] = (await ok('listAuditLog', { action: 'import', limit: 1 })).entries;
    expect(latest!.summary).toMatch(/^Ersatte /);
    expect((latest!.before as { participants: { enrolled: number } }).participants.enrolled).toBe(9);
    expect((latest!.after as { participants: { enrolled: number } }).participants.enrolled).toBe(10);
  });

  it('filters by unit-year, type, text and date, and pages', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    expect((await ok('listAuditLog', { district: 'Farsta', limit: 100 })).total).toBe(1);
    expect((await ok('listAuditLog', { year: 2016, limit: 100 })).total).toBe(6);
    expect((await ok('listAuditLog', { action: 'import', limit: 100 })).total).toBe(0);
    expect((await ok('listAuditLog', { text: 'skarpnäck', limit: 100 })).total).toBe(1);
    expect((await ok('listAuditLog', { text: '100%_', limit: 100 })).total).toBe(0);
    expect((await ok('listAuditLog', { to: '2000-01-01', limit: 100 })).total).toBe(0);
    const page = await ok('listAuditLog', { limit: 3, offset: 3 });
    expect(page.total).toBe(9);
    expect(page.entries).toHaveLength(3);
  });

  it('exports a real .xlsx with a Swedish header and one row per entry', async () => {
    const { ok } = apiSetup();
    await ok('loadDemo', {});
    const exported = await ok('exportAuditLog', { year: 2016 });
    expect(exported.rows).toBe(6);
    expect(exported.fileName).toMatch(/^lotsplan-andringslogg-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ändringslogg')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tid', 'Användare', 'Typ', 'Vad', 'Stadsdel', 'Enhet', 'År', 'Före', 'Efter']);
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(3).value).toBe('Demodata');
  });
});
