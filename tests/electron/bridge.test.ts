import { describe, it, expect, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildBridge } from '../../electron/preload/buildBridge.ts';
import { BRIDGE_HOST_KEYS, BRIDGE_KEYS } from './bridgeShape.ts';

describe('preload bridge', () => {
  it('is checked in the E2E test of the real app against the same list, not a copy of it', () => {
    const spec = fs.readFileSync(path.resolve(import.meta.dirname, '../e2e/electron.spec.ts'), 'utf8');
    expect(spec).toContain("from '../electron/bridgeShape.ts'");
    expect(spec).toContain('[...BRIDGE_KEYS].sort()');
    expect(spec).not.toMatch(/toEqual\(\['api', 'host'\]\)/);
  });

  it('exposes exactly one method per contract and host call', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_KEYS].sort());
    expect(Object.keys(bridge.api).sort()).toEqual([
      'addMemoTemplate',
      'addPosition',
      'applyFigureUpdate',
      'backupNow',
      'compareScenarios',
      'copyMemo',
      'copyScenario',
      'createMemo',
      'createScenario',
      'createUnitYear',
      'deleteMemo',
      'deleteMemoTemplate',
      'deleteMonthlyStatistics',
      'deleteScenario',
      'duplicatePosition',
      'exportAuditLog',
      'exportBackupFile',
      'exportCityCompilation',
      'exportExchange',
      'exportMemo',
      'exportMonthlyStatistics',
      'getCityCompilation',
      'getDatabaseStatus',
      'getFigures',
      'getLastPlace',
      'getMarginalLots',
      'getMemo',
      'getMemoDefaults',
      'getMemoVersion',
      'getMonthlyStatistics',
      'getScenarioFigures',
      'getScenarioForecast',
      'getStaffingPlan',
      'getUnitYear',
      'importExchange',
      'importMonthlyStatistics',
      'listAuditLog',
      'listBackups',
      'listCatalog',
      'listMemoTemplates',
      'listMemoVersions',
      'listMemos',
      'listScenarios',
      'loadDemo',
      'movePosition',
      'previewFigureUpdate',
      'previewImportExchange',
      'readLogFile',
      'recordMemoExport',
      'redo',
      'removePosition',
      'renameScenario',
      'restoreBackup',
      'restoreBackupFile',
      'restoreMemoVersion',
      'saveForecastToScenario',
      'saveLastPlace',
      'saveMemo',
      'saveMemoDefaults',
      'saveMonthlyStatistics',
      'scenarioToPlan',
      'setMemoTemplate',
      'startNewDatabase',
      'undeleteMemo',
      'undo',
      'undoLatestStatisticsChange',
      'updateFunding',
      'updateOtherCosts',
      'updatePosition',
      'updateScenario',
      'updateYearSettings',
    ]);
    expect(Object.keys(bridge.host).sort()).toEqual([...BRIDGE_HOST_KEYS].sort());
  });

  it('invokes the channel of each call with the input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const bridge = buildBridge(invoke);
    await bridge.api.getFigures({ district: 'Farsta' });
    await bridge.host.chooseExchangeFile({});
    expect(invoke.mock.calls).toEqual([
      ['lotsplan:getFigures', { district: 'Farsta' }],
      ['lotsplan-host:chooseExchangeFile', {}],
    ]);
  });

  it('passes on known menu commands only, and can stop listening', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const unsubscribe = vi.fn();
    const bridge = buildBridge(vi.fn(), (channel, listener) => {
      listeners.set(channel, listener);
      return unsubscribe;
    });
    const received: string[] = [];
    const stop = bridge.onMenuCommand((command) => received.push(command));
    const deliver = listeners.get('lotsplan-menu')!;
    deliver('import');
    deliver('rm -rf');
    deliver({ command: 'export' });
    deliver('export');
    expect(received).toEqual(['import', 'export']);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('passes on the request to save before closing, without its payload, and can stop listening', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const unsubscribe = vi.fn();
    const bridge = buildBridge(vi.fn(), (channel, listener) => {
      listeners.set(channel, listener);
      return unsubscribe;
    });
    const listener = vi.fn();
    const stop = bridge.onSaveBeforeClose(listener);
    listeners.get('lotsplan-save-before-close')!({ evil: true });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledWith();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('is frozen', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
    expect(Object.isFrozen(bridge.host)).toBe(true);
  });
});
