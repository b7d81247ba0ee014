import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contracts } from '../../src/api/contracts/index.ts';
import { dbHash as sha, hostContextSetup as setup } from './support.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { sampleTemplate } from '../support/memoTemplates.ts';
import { deferCleanup } from '../support/cleanups.ts';

describe('dispatch', () => {
  it('answers every output according to its contract after loading the demo', async () => {
    const { dispatch } = setup();
    const demo = await dispatch('loadDemo', {});
    expect(demo).toMatchObject({ ok: true, value: { unitYears: 7, district: 'Rinkeby-Kista' } });
    const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };
    const firstPositionId = async () => {
      const view = await dispatch('getStaffingPlan', rk);
      return (view as { ok: true; value: { positions: { id: number }[] } }).value.positions[0]!.id;
    };
    const memoIds = async () => {
      const listing = (await dispatch('listMemos', { district: 'Rinkeby-Kista' })) as { ok: true; value: { memos: { id: number }[] } };
      return listing.value.memos.map((m) => m.id).sort((a, b) => a - b);
    };
    const firstMemoId = async () => (await memoIds())[0]!;
    let deletedMemoId = 0;
    // Functions run just before their call, so ids come from the database as it is then.
    const inputs: Record<string, unknown | (() => Promise<unknown>)> = {
      listCatalog: {},
      getFigures: { district: 'Rinkeby-Kista' },
      getUnitYear: rk,
      importExchange: { text: JSON.stringify(validExchange()) },
      previewImportExchange: { text: JSON.stringify(validExchange()) },
      exportExchange: rk,
      loadDemo: { force: true },
      getDatabaseStatus: {},
      getStaffingPlan: rk,
      addPosition: { ...rk, position: { role: 'lots', fte: 1, monthlySalary: 38500 } },
      duplicatePosition: async () => ({ ...rk, positionId: await firstPositionId() }),
      removePosition: async () => ({ ...rk, positionId: await firstPositionId() }),
      updatePosition: async () => ({ ...rk, positionId: await firstPositionId(), changes: { fte: 0.5 } }),
      movePosition: async () => ({ ...rk, positionId: await firstPositionId(), toIndex: 2 }),
      updateYearSettings: { ...rk, changes: { recruitmentLeadTimeMonths: 3 } },
      updateOtherCosts: { ...rk, otherCosts: [{ label: 'Lokaler', amount: 250000 }] },
      updateFunding: { ...rk, funding: [{ source: 'Socialförvaltningen', amount: 4500000 }] },
      getMarginalLots: { ...rk, fromMonth: 4 },
      undo: rk,
      redo: rk,
      listScenarios: rk,
      createScenario: { ...rk, name: 'A', preset: 'extraLots', extraLots: { fromMonth: 4 } },
      copyScenario: { ...rk, scenario: 'A', name: 'B' },
      renameScenario: { ...rk, scenario: 'B', name: 'C' },
      updateScenario: { ...rk, scenario: 'C', overrides: { arrivalsChangePercent: 30 } },
      deleteScenario: { ...rk, scenario: 'C' },
      getScenarioFigures: { ...rk, scenario: 'A' },
      getScenarioForecast: { ...rk, scenario: 'A' },
      scenarioToPlan: { ...rk, scenario: 'A' },
      saveForecastToScenario: { ...rk, scenario: 'A', forecast: { arrivalsPerMonth: 2.25, meanStayMonths: 12, lotsar: 4, caseload: 7 } },
      compareScenarios: { ...rk, scenarios: ['A'] },
      backupNow: {},
      listBackups: {},
      restoreBackup: async () => {
        const listing = await dispatch('listBackups', {});
        return { fileName: (listing as { ok: true; value: { backups: { fileName: string }[] } }).value.backups[0]!.fileName };
      },
      // Only for a database that cannot be opened; its success is tested in tests/api/backups.test.ts.
      startNewDatabase: {},
      exportBackupFile: {},
      restoreBackupFile: async () => {
        const file = (await dispatch('exportBackupFile', {})) as { ok: true; value: { fileName: string; base64: string } };
        return { fileName: file.value.fileName, base64: file.value.base64 };
      },
      listAuditLog: { district: 'Rinkeby-Kista', limit: 10 },
      exportAuditLog: { action: 'edit' },
      getMonthlyStatistics: { district: 'Rinkeby-Kista' },
      saveMonthlyStatistics: {
        district: 'Rinkeby-Kista',
        months: [{ month: '2021-01', referrals: 2, newEnrolments: 2, discharges: 2, enrolledAtMonthEnd: 27, queueAtMonthEnd: 0, dischargesByStay: null }],
      },
      deleteMonthlyStatistics: { district: 'Rinkeby-Kista', months: ['2021-01'] },
      importMonthlyStatistics: {
        district: 'Rinkeby-Kista',
        fileName: 'statistik.csv',
        base64: Buffer.from('Månad;Nya inskrivningar;Avslut;Inskrivna vid månadens slut\n2021-03;1;1;27\n').toString('base64'),
      },
      exportMonthlyStatistics: { district: 'Rinkeby-Kista' },
      undoLatestStatisticsChange: {},
      getCityCompilation: { year: 2016 },
      exportCityCompilation: { year: 2016 },
      listMemos: { district: 'Rinkeby-Kista' },
      createMemo: { ...rk, type: 'redovisning' },
      getMemo: async () => ({ id: await firstMemoId() }),
      saveMemo: async () => {
        const memo = (await dispatch('getMemo', { id: await firstMemoId() })) as { ok: true; value: { version: number; content: Record<string, unknown> } };
        const { metadata, skrivelse, sections, options } = memo.value.content;
        return {
          id: await firstMemoId(),
          baseVersion: memo.value.version,
          edit: { metadata: { ...(metadata as object), dnr: '1.5.1-1/2020' }, skrivelse, sections, options },
        };
      },
      copyMemo: async () => ({ id: await firstMemoId() }),
      deleteMemo: async () => {
        deletedMemoId = await firstMemoId();
        return { id: deletedMemoId };
      },
      undeleteMemo: async () => ({ id: deletedMemoId }),
      listMemoVersions: async () => ({ id: await firstMemoId() }),
      getMemoVersion: async () => ({ id: await firstMemoId(), version: 1 }),
      restoreMemoVersion: async () => ({ id: await firstMemoId(), version: 1 }),
      previewFigureUpdate: async () => ({ id: await firstMemoId() }),
      applyFigureUpdate: async () => {
        const memo = (await dispatch('getMemo', { id: await firstMemoId() })) as { ok: true; value: { version: number } };
        return { id: await firstMemoId(), baseVersion: memo.value.version };
      },
      exportMemo: async () => ({ id: await firstMemoId(), format: 'html' }),
      recordMemoExport: async () => ({ id: await firstMemoId(), format: 'html' }),
      listMemoTemplates: { district: 'Rinkeby-Kista' },
      addMemoTemplate: async () => ({
        district: 'Rinkeby-Kista',
        fileName: 'mall.docx',
        base64: (await sampleTemplate()).toString('base64'),
        makeDefault: true,
      }),
      deleteMemoTemplate: async () => {
        const listing = (await dispatch('listMemoTemplates', { district: 'Rinkeby-Kista' })) as { ok: true; value: { templates: { id: number }[] } };
        return { id: listing.value.templates[0]!.id };
      },
      setMemoTemplate: { district: 'Rinkeby-Kista', templateId: null },
      getMemoDefaults: { district: 'Rinkeby-Kista' },
      readLogFile: {},
      getLastPlace: {},
      createUnitYear: { district: 'Farsta', unit: 'SIG unga', year: 2024, poPercent: 44.53, caseloadPerLots: 7 },
      saveLastPlace: { place: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, path: '/prognos' } },
      saveMemoDefaults: {
        district: 'Rinkeby-Kista',
        defaults: {
          namnd: 'Rinkeby-Kista stadsdelsnämnd',
          forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
          avdelning: 'Avdelningen individ och familj',
          handlaggare: { name: '', phone: '' },
          signatories: [],
        },
      },
    };
    const refusedHere: Record<string, string> = { startNewDatabase: 'CONFLICT' };
    for (const name of CALL_NAMES) {
      const given = inputs[name];
      expect(given, `test input for ${name}`).toBeDefined();
      const input = typeof given === 'function' ? await (given as () => Promise<unknown>)() : given;
      const result = await dispatch(name, input);
      if (refusedHere[name]) {
        expect(result, name).toMatchObject({ ok: false, error: { code: refusedHere[name] } });
        continue;
      }
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
      if (result.ok) expect(() => contracts[name].output.parse(result.value)).not.toThrow();
    }
  });

  it('returns the figures with a Swedish explanation for each', async () => {
    const { dispatch } = setup();
    await dispatch('loadDemo', {});
    const result = await dispatch('getFigures', { district: 'rinkeby-kista', year: 2020 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { figures: Record<string, number>; explanations: Record<string, string> };
    expect(value.figures.capacity).toBe(28);
    expect(value.explanations.capacity).toContain('28 platser');
  });

  it('refuses invalid input with VALIDATION and Swedish details naming the field', async () => {
    const { dispatch } = setup();
    const result = await dispatch('getFigures', { district: '', year: 'tjugotjugo' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Uppgifterna kunde inte tas emot.' } });
    if (result.ok) return;
    expect(result.error.details?.join('\n')).toContain('Stadsdelsförvaltning');
    expect(result.error.details?.join('\n')).toContain('År');
  });

  it('refuses an unknown call and a prototype key', async () => {
    const { dispatch } = setup();
    expect(await dispatch('dropEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('refuses a malformed exchange file and leaves the database byte-for-byte unchanged', async () => {
    const { dispatch, file } = setup();
    await dispatch('loadDemo', {});
    const bad = validExchange();
    bad.staff[1].toMonth = 2;
    const before = sha(file);
    const result = await dispatch('importExchange', { text: JSON.stringify(bad), fileName: 'spanga.json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error.message).toContain('spanga.json');
      expect(result.error.details?.[0]).toContain('Tjänst 2, sista månad: ');
    }
    expect(sha(file)).toBe(before);
  });

  it('says CONFLICT instead of loading the demo over existing data', async () => {
    const { dispatch } = setup();
    await dispatch('importExchange', { text: JSON.stringify(validExchange()) });
    const result = await dispatch('loadDemo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const catalog = await dispatch('listCatalog', {});
    expect(catalog).toEqual({
      ok: true,
      value: { districts: [{ name: 'Spånga-Tensta', units: [{ name: 'SIG unga', years: [2021] }] }] },
    });
  });

  it('reports NOT_FOUND for an unknown unit or year with what does exist', async () => {
    const { dispatch } = setup();
    await dispatch('loadDemo', {});
    const unit = await dispatch('getFigures', { district: 'Rinkeby-Kista', unit: 'SIG unga' });
    expect(unit).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!unit.ok) expect(unit.error.message).toContain('Följande finns: SIG vuxna');
    const year = await dispatch('getFigures', { district: 'Rinkeby-Kista', year: 2019 });
    if (!year.ok) expect(year.error.message).toContain('Följande år finns: 2020');
    expect(year.ok).toBe(false);
  });

  it('turns a refused database file into a DATABASE envelope that names the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-api-'));
    deferCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'inte-en-databas.sqlite');
    fs.writeFileSync(file, 'hej');
    const { dispatch } = setup(file);
    const result = await dispatch('listCatalog', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE' } });
    if (!result.ok) expect(result.error.message).toContain(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('hej');
  });
});
