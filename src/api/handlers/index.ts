// The handler of every API call, by name; the type makes a missing or extra handler an error.
// Each handler module is imported on the first call to one of its handlers, not with this table:
// a host then loads only what it calls (the CLI's figures command never loads the .docx writer,
// the spreadsheet reader or the backup inspection), and the app's first window does not wait
// for all of them.
import type { CallName } from '../contracts/index.ts';
import type { Handler, Handlers } from './handler.ts';

export type { Handler, Handlers } from './handler.ts';

/** A handler that imports its module on first use and then calls the handler `pick` names in it. */
function lazy<M, N extends CallName>(load: () => Promise<M>, pick: (module: M) => Handler<N>): Handler<N> {
  return async (ctx, input) => pick(await load())(ctx, input);
}

const catalog = () => import('./catalog.ts');
const figures = () => import('./figures.ts');
const exchange = () => import('./exchange.ts');
const demo = () => import('./demo.ts');
const databaseStatus = () => import('./databaseStatus.ts');
const staffing = () => import('./staffing.ts');
const marginal = () => import('./marginal.ts');
const scenarios = () => import('./scenarios.ts');
const backups = () => import('./backups.ts');
const audit = () => import('./audit.ts');
const statistics = () => import('./statistics.ts');
const compilation = () => import('./compilation.ts');
const memos = () => import('./memos.ts');
const diagnostics = () => import('./diagnostics.ts');
const uiState = () => import('./uiState.ts');
const unitYears = () => import('./unitYears.ts');

export const handlers: Handlers = {
  listCatalog: lazy(catalog, (m) => m.listCatalog),
  getFigures: lazy(figures, (m) => m.getFigures),
  getUnitYear: lazy(figures, (m) => m.getUnitYear),
  importExchange: lazy(exchange, (m) => m.importExchange),
  previewImportExchange: lazy(exchange, (m) => m.previewImportExchange),
  exportExchange: lazy(exchange, (m) => m.exportExchange),
  loadDemo: lazy(demo, (m) => m.loadDemo),
  getDatabaseStatus: lazy(databaseStatus, (m) => m.getDatabaseStatus),
  getStaffingPlan: lazy(staffing, (m) => m.getStaffingPlan),
  addPosition: lazy(staffing, (m) => m.addPosition),
  duplicatePosition: lazy(staffing, (m) => m.duplicatePosition),
  removePosition: lazy(staffing, (m) => m.removePosition),
  updatePosition: lazy(staffing, (m) => m.updatePosition),
  movePosition: lazy(staffing, (m) => m.movePosition),
  updateYearSettings: lazy(staffing, (m) => m.updateYearSettings),
  updateOtherCosts: lazy(staffing, (m) => m.updateOtherCosts),
  updateFunding: lazy(staffing, (m) => m.updateFunding),
  getMarginalLots: lazy(marginal, (m) => m.getMarginalLots),
  undo: lazy(staffing, (m) => m.undo),
  redo: lazy(staffing, (m) => m.redo),
  listScenarios: lazy(scenarios, (m) => m.listScenarios),
  createScenario: lazy(scenarios, (m) => m.createScenario),
  copyScenario: lazy(scenarios, (m) => m.copyScenario),
  renameScenario: lazy(scenarios, (m) => m.renameScenario),
  updateScenario: lazy(scenarios, (m) => m.updateScenario),
  deleteScenario: lazy(scenarios, (m) => m.deleteScenario),
  getScenarioFigures: lazy(scenarios, (m) => m.getScenarioFigures),
  getScenarioForecast: lazy(scenarios, (m) => m.getScenarioForecast),
  scenarioToPlan: lazy(scenarios, (m) => m.scenarioToPlan),
  saveForecastToScenario: lazy(scenarios, (m) => m.saveForecastToScenario),
  compareScenarios: lazy(scenarios, (m) => m.compareScenarios),
  backupNow: lazy(backups, (m) => m.backupNow),
  listBackups: lazy(backups, (m) => m.listBackups),
  restoreBackup: lazy(backups, (m) => m.restoreBackup),
  startNewDatabase: lazy(backups, (m) => m.startNewDatabase),
  exportBackupFile: lazy(backups, (m) => m.exportBackupFile),
  restoreBackupFile: lazy(backups, (m) => m.restoreBackupFile),
  listAuditLog: lazy(audit, (m) => m.listAuditLog),
  exportAuditLog: lazy(audit, (m) => m.exportAuditLog),
  getMonthlyStatistics: lazy(statistics, (m) => m.getMonthlyStatistics),
  saveMonthlyStatistics: lazy(statistics, (m) => m.saveMonthlyStatistics),
  deleteMonthlyStatistics: lazy(statistics, (m) => m.deleteMonthlyStatistics),
  importMonthlyStatistics: lazy(statistics, (m) => m.importMonthlyStatistics),
  exportMonthlyStatistics: lazy(statistics, (m) => m.exportMonthlyStatistics),
  undoLatestStatisticsChange: lazy(statistics, (m) => m.undoLatestStatisticsChange),
  getCityCompilation: lazy(compilation, (m) => m.getCityCompilation),
  exportCityCompilation: lazy(compilation, (m) => m.exportCityCompilation),
  listMemos: lazy(memos, (m) => m.listMemos),
  createMemo: lazy(memos, (m) => m.createMemo),
  getMemo: lazy(memos, (m) => m.getMemo),
  saveMemo: lazy(memos, (m) => m.saveMemo),
  copyMemo: lazy(memos, (m) => m.copyMemo),
  deleteMemo: lazy(memos, (m) => m.deleteMemo),
  undeleteMemo: lazy(memos, (m) => m.undeleteMemo),
  listMemoVersions: lazy(memos, (m) => m.listMemoVersions),
  getMemoVersion: lazy(memos, (m) => m.getMemoVersion),
  restoreMemoVersion: lazy(memos, (m) => m.restoreMemoVersion),
  previewFigureUpdate: lazy(memos, (m) => m.previewFigureUpdate),
  applyFigureUpdate: lazy(memos, (m) => m.applyFigureUpdate),
  exportMemo: lazy(memos, (m) => m.exportMemo),
  recordMemoExport: lazy(memos, (m) => m.recordMemoExport),
  listMemoTemplates: lazy(memos, (m) => m.listMemoTemplates),
  addMemoTemplate: lazy(memos, (m) => m.addMemoTemplate),
  deleteMemoTemplate: lazy(memos, (m) => m.deleteMemoTemplate),
  setMemoTemplate: lazy(memos, (m) => m.setMemoTemplate),
  getMemoDefaults: lazy(memos, (m) => m.getMemoDefaults),
  saveMemoDefaults: lazy(memos, (m) => m.saveMemoDefaults),
  readLogFile: lazy(diagnostics, (m) => m.readLogFile),
  getLastPlace: lazy(uiState, (m) => m.getLastPlace),
  saveLastPlace: lazy(uiState, (m) => m.saveLastPlace),
  createUnitYear: lazy(unitYears, (m) => m.createUnitYear),
};
