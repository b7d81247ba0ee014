import type { ApiContext } from '../context.ts';
import type { CallName, Contracts } from '../contracts/index.ts';
import type * as z from 'zod';
import { listCatalog } from './catalog.ts';
import { getFigures, getUnitYear } from './figures.ts';
import { exportExchange, importExchange, previewImportExchange } from './exchange.ts';
import { loadDemo } from './demo.ts';
import { getDatabaseStatus } from './database.ts';
import { backupNow, listBackups, restoreBackup, startNewDatabase } from './backups.ts';
import {
  addPosition,
  duplicatePosition,
  getStaffingPlan,
  movePosition,
  redo,
  removePosition,
  undo,
  updateFunding,
  updateOtherCosts,
  updatePosition,
  updateYearSettings,
} from './staffing.ts';
import { getMarginalLots } from './marginal.ts';
import {
  compareScenarios,
  copyScenario,
  createScenario,
  deleteScenario,
  getScenarioFigures,
  getScenarioForecast,
  scenarioToPlan,
  listScenarios,
  renameScenario,
  saveForecastToScenario,
  updateScenario,
} from './scenarios.ts';

import { exportAuditLog, listAuditLog } from './audit.ts';
import {
  deleteMonthlyStatistics,
  exportMonthlyStatistics,
  getMonthlyStatistics,
  importMonthlyStatistics,
  saveMonthlyStatistics,
  undoLatestStatisticsChange,
} from './statistics.ts';
import { exportCityCompilation, getCityCompilation } from './compilation.ts';
import {
  addMemoTemplate,
  applyFigureUpdate,
  copyMemo,
  createMemo,
  deleteMemo,
  deleteMemoTemplate,
  exportMemo,
  getMemo,
  getMemoDefaults,
  getMemoVersion,
  listMemos,
  listMemoTemplates,
  listMemoVersions,
  previewFigureUpdate,
  restoreMemoVersion,
  saveMemo,
  saveMemoDefaults,
  setMemoTemplate,
  undeleteMemo,
} from './memos.ts';

export type Handler<N extends CallName> = (
  ctx: ApiContext,
  input: z.output<Contracts[N]['input']>,
) => Promise<z.input<Contracts[N]['output']>>;

export type Handlers = { [N in CallName]: Handler<N> };

export const handlers: Handlers = {
  listCatalog,
  getFigures,
  getUnitYear,
  importExchange,
  previewImportExchange,
  exportExchange,
  loadDemo,
  getDatabaseStatus,
  getStaffingPlan,
  addPosition,
  duplicatePosition,
  removePosition,
  updatePosition,
  movePosition,
  updateYearSettings,
  updateOtherCosts,
  updateFunding,
  getMarginalLots,
  undo,
  redo,
  listScenarios,
  createScenario,
  copyScenario,
  renameScenario,
  updateScenario,
  deleteScenario,
  getScenarioFigures,
  getScenarioForecast,
  scenarioToPlan,
  saveForecastToScenario,
  compareScenarios,
  backupNow,
  listBackups,
  restoreBackup,
  startNewDatabase,
  listAuditLog,
  exportAuditLog,
  getMonthlyStatistics,
  saveMonthlyStatistics,
  deleteMonthlyStatistics,
  importMonthlyStatistics,
  exportMonthlyStatistics,
  undoLatestStatisticsChange,
  getCityCompilation,
  exportCityCompilation,
  listMemos,
  createMemo,
  getMemo,
  saveMemo,
  copyMemo,
  deleteMemo,
  undeleteMemo,
  listMemoVersions,
  getMemoVersion,
  restoreMemoVersion,
  previewFigureUpdate,
  applyFigureUpdate,
  exportMemo,
  listMemoTemplates,
  addMemoTemplate,
  deleteMemoTemplate,
  setMemoTemplate,
  getMemoDefaults,
  saveMemoDefaults,
};
