// The LotsplanStore over one open SQLite file. Created by openStore once the file is accepted.
import type { Kysely } from 'kysely';
import type Database from 'better-sqlite3';
import type { UnitYearKey, UnitYearPlan } from '../core/plan/model.ts';
import type { CatalogDistrict, HealthReport, LotsplanStore, StoredUnitYear, UnitStatistics, UnitYearEditOutcome } from './contract.ts';
import type { EditableUnitYear } from '../core/unitYear/state.ts';
import type { UnitYearEdit } from '../core/unitYear/state.ts';
import { EditError } from '../core/validation/editError.ts';
import { editUnitYearState, readEditableUnitYear, undoOrRedo } from './unitYearStateStore.ts';
import type { LotsplanDatabase } from './schema.ts';
import { readTransaction, writeTransaction } from './transaction.ts';
import { writeError } from './sqliteErrors.ts';
import { checkHealth } from './health.ts';
import { countUnitYears, readCatalog, readUnitYear, writeUnitYear } from './repositories/unitYears.ts';
import { unitYearEditAction } from '../core/audit/actions.ts';
import { insertAuditEntry, readAuditLog, readLatestAuditEntry, type AuditAction, type AuditEntry, type AuditFilter } from './repositories/auditLog.ts';
import { readUnitYearState, findUnitYearId } from './repositories/unitYearState.ts';
import { statisticsMonthText, type MonthlyStatistics } from '../core/statistics/monthly.ts';
import { checkStatisticsUnchanged, statisticsUndoOf } from '../core/statistics/undo.ts';
import {
  demoStatisticsSummary,
  demoUnitYearSummary,
  demoWriteText,
  exchangeImportSummary,
  unitYearLabel,
  unitYearEditSummary,
} from '../core/audit/summaries.ts';
import { deleteMonthlyStatistics, findUnitId, readMonthlyStatistics, upsertMonthlyStatistics, type UnitKey } from './repositories/monthlyStatistics.ts';
import * as memos from './repositories/memos.ts';
import * as uiState from './repositories/uiState.ts';
import type { LastPlace } from '../core/uiState/lastPlace.ts';
import type { MemoContent } from '../core/memo/model.ts';
import type { MemoDefaults } from '../core/memo/sources.ts';

const label = unitYearLabel;

export class SqliteStore implements LotsplanStore {
  readonly path: string;
  readonly schemaVersion: number;
  /** The better-sqlite3 connection under Kysely: for pragmas and backups only. */
  readonly raw: Database.Database;
  /** The backup taken before this open migrated the file, if it did. */
  readonly migrationBackup: string | null;
  /** The login name recorded in the audit log with every change. */
  readonly osUser: string;
  readonly #db: Kysely<LotsplanDatabase>;
  #closed = false;

  constructor(
    file: string,
    schemaVersion: number,
    raw: Database.Database,
    db: Kysely<LotsplanDatabase>,
    migrationBackup: string | null = null,
    osUser = 'okänd användare',
  ) {
    this.osUser = osUser;
    this.path = file;
    this.migrationBackup = migrationBackup;
    this.schemaVersion = schemaVersion;
    this.raw = raw;
    this.#db = db;
  }

  async replaceUnitYear(plan: UnitYearPlan, options?: { exampleValues?: boolean; newPlan?: { auditSummary: string } }): Promise<{ replaced: boolean }> {
    try {
      return await writeTransaction(this.#db, this.raw, async (trx) => {
        const before = await readUnitYear(trx, plan);
        const result = await writeUnitYear(trx, plan, options?.exampleValues ?? false);
        await insertAuditEntry(trx, this.osUser, {
          action: options?.newPlan ? 'planCreated' : 'import',
          summary: options?.newPlan?.auditSummary ?? exchangeImportSummary(plan, result.replaced),
          ...plan,
          before: before?.plan ?? null,
          after: plan,
        });
        return result;
      });
    } catch (error) {
      throw writeError(this.path, `spara ${label(plan)}`, error);
    }
  }

  async replaceUnitYears(
    items: readonly StoredUnitYear[],
    statistics: readonly UnitStatistics[] = [],
    memoDefaults: readonly { district: string; defaults: MemoDefaults }[] = [],
  ): Promise<void> {
    let current: UnitYearPlan | undefined;
    try {
      await writeTransaction(this.#db, this.raw, async (trx) => {
        for (const item of items) {
          current = item.plan;
          const before = await readUnitYear(trx, item.plan);
          await writeUnitYear(trx, item.plan, item.exampleValues);
          await insertAuditEntry(trx, this.osUser, {
            action: 'demo',
            summary: demoUnitYearSummary(item.plan),
            district: item.plan.district,
            unit: item.plan.unit,
            year: item.plan.year,
            before: before?.plan ?? null,
            after: item.plan,
          });
        }
        current = undefined;
        for (const series of statistics) {
          const unitId = await findUnitId(trx, series);
          if (unitId === null) throw new Error(`No unit ${series.unit} (${series.district}) for the statistics`);
          const touched = new Set(series.months.map((m) => m.month));
          const before = (await readMonthlyStatistics(trx, unitId)).filter((m) => touched.has(m.month));
          await upsertMonthlyStatistics(trx, unitId, series.months, new Date().toISOString());
          await insertAuditEntry(trx, this.osUser, {
            action: 'demo',
            summary: demoStatisticsSummary(series.months.length, series.unit, series.district),
            district: series.district,
            unit: series.unit,
            before,
            after: series.months,
          });
        }
        for (const { district, defaults } of memoDefaults) {
          if ((await memos.readMemoDistrictSettings(trx, district))?.defaults != null) continue;
          await memos.writeMemoDefaults(trx, this.osUser, district, defaults, { demo: true });
        }
      });
    } catch (error) {
      throw writeError(this.path, demoWriteText(items.length, current ?? null), error);
    }
  }

  getUnitYear(key: UnitYearKey): Promise<StoredUnitYear | null> {
    return readTransaction(this.#db, (trx) => readUnitYear(trx, key));
  }

  getEditableUnitYear(key: UnitYearKey): Promise<EditableUnitYear | null> {
    return readTransaction(this.#db, (trx) => readEditableUnitYear(trx, key));
  }

  async #writeUnitYearState(
    key: UnitYearKey,
    what: string,
    action: 'edit' | 'undo' | 'redo',
    body: (trx: Kysely<LotsplanDatabase>) => Promise<UnitYearEditOutcome>,
  ): Promise<UnitYearEditOutcome> {
    try {
      return await writeTransaction(this.#db, this.raw, async (trx) => {
        const id = await findUnitYearId(trx, key);
        const before = id === null ? null : await readUnitYearState(trx, id);
        const outcome = await body(trx);
        if (outcome.label !== null) {
          await insertAuditEntry(trx, this.osUser, {
            // An edit is logged as the kind of change it made (a scenario created, …), read from the edit itself.
            action: action === 'edit' && before !== null ? unitYearEditAction(before, outcome.unitYear.state) : action,
            summary: unitYearEditSummary(action, outcome.label),
            district: outcome.unitYear.key.district,
            unit: outcome.unitYear.key.unit,
            year: outcome.unitYear.key.year,
            before,
            after: outcome.unitYear.state,
          });
        }
        return outcome;
      });
    } catch (error) {
      // A refused edit is the user's to correct, not a database failure.
      if (error instanceof EditError) throw error;
      throw writeError(this.path, `${what} för ${label(key)}`, error);
    }
  }

  editUnitYearState(key: UnitYearKey, edit: (current: EditableUnitYear) => UnitYearEdit): Promise<UnitYearEditOutcome> {
    return this.#writeUnitYearState(key, 'spara ändringen', 'edit', (trx) => editUnitYearState(trx, key, edit));
  }

  undo(key: UnitYearKey): Promise<UnitYearEditOutcome> {
    return this.#writeUnitYearState(key, 'ångra ändringen', 'undo', (trx) => undoOrRedo(trx, key, 'undo'));
  }

  redo(key: UnitYearKey): Promise<UnitYearEditOutcome> {
    return this.#writeUnitYearState(key, 'göra om ändringen', 'redo', (trx) => undoOrRedo(trx, key, 'redo'));
  }

  /** Records an event that is not a row change, such as a restore, in this database. */
  async recordEvent(action: AuditAction, summary: string): Promise<void> {
    try {
      await writeTransaction(this.#db, this.raw, (trx) => insertAuditEntry(trx, this.osUser, { action, summary }));
    } catch (error) {
      throw writeError(this.path, 'skriva i ändringsloggen', error);
    }
  }

  auditLog(filter: AuditFilter): Promise<{ total: number; entries: AuditEntry[] }> {
    return readTransaction(this.#db, (trx) => readAuditLog(trx, filter));
  }

  getMonthlyStatistics(key: UnitKey): Promise<MonthlyStatistics[] | null> {
    return readTransaction(this.#db, async (trx) => {
      const unitId = await findUnitId(trx, key);
      return unitId === null ? null : readMonthlyStatistics(trx, unitId);
    });
  }

  saveMonthlyStatistics(key: UnitKey, months: readonly MonthlyStatistics[], summary: string): Promise<MonthlyStatistics[]> {
    const wanted = new Set(months.map((m) => m.month));
    return this.#writeStatistics(key, 'spara månadsstatistiken', summary, wanted, async (trx, unitId) => {
      await upsertMonthlyStatistics(trx, unitId, months, new Date().toISOString());
    });
  }

  deleteMonthlyStatistics(key: UnitKey, months: readonly string[], summary: string): Promise<MonthlyStatistics[]> {
    return this.#writeStatistics(key, 'ta bort månadsstatistik', summary, new Set(months), async (trx, unitId, before) => {
      // Checked in the write transaction: another program may have removed a month meanwhile.
      const present = new Set(before.map((m) => m.month));
      const missing = [...new Set(months)].filter((m) => !present.has(m)).sort();
      if (missing.length > 0) {
        throw new EditError('NOT_FOUND', `Det finns ingen statistik för ${missing.map(statisticsMonthText).join(', ')} i ${key.unit} (${key.district}).`);
      }
      await deleteMonthlyStatistics(trx, unitId, months);
    });
  }

  async undoLatestStatisticsChange(): Promise<{ summary: string; district: string; unit: string }> {
    try {
      return await writeTransaction(this.#db, this.raw, async (trx) => {
        const undo = statisticsUndoOf(await readLatestAuditEntry(trx));
        const key = undo.key;
        const unitId = await findUnitId(trx, key);
        if (unitId === null) throw new EditError('CONFLICT', undo.unitGoneMessage);
        const current = (await readMonthlyStatistics(trx, unitId)).filter((m) => undo.touched.includes(m.month));
        checkStatisticsUnchanged(undo, current);
        await deleteMonthlyStatistics(trx, unitId, undo.touched);
        await upsertMonthlyStatistics(trx, unitId, undo.restore, new Date().toISOString());
        await insertAuditEntry(trx, this.osUser, { action: 'undo', summary: undo.summary, ...key, year: null, before: current, after: undo.restore });
        return { summary: undo.summary, ...key };
      });
    } catch (error) {
      if (error instanceof EditError) throw error;
      throw writeError(this.path, 'ångra ändringen av månadsstatistiken', error);
    }
  }

  /** One write of monthly statistics: the months touched before and after go to the audit log. */
  async #writeStatistics(
    key: UnitKey,
    what: string,
    summary: string,
    touched: ReadonlySet<string>,
    body: (trx: Kysely<LotsplanDatabase>, unitId: number, before: readonly MonthlyStatistics[]) => Promise<void>,
  ): Promise<MonthlyStatistics[]> {
    try {
      return await writeTransaction(this.#db, this.raw, async (trx) => {
        const unitId = await findUnitId(trx, key);
        if (unitId === null) throw new EditError('NOT_FOUND', `Enheten ${key.unit} i ${key.district} finns inte i databasen.`);
        const before = (await readMonthlyStatistics(trx, unitId)).filter((m) => touched.has(m.month));
        await body(trx, unitId, before);
        const series = await readMonthlyStatistics(trx, unitId);
        await insertAuditEntry(trx, this.osUser, {
          action: 'statistics',
          summary,
          district: key.district,
          unit: key.unit,
          year: null,
          before,
          after: series.filter((m) => touched.has(m.month)),
        });
        return series;
      });
    } catch (error) {
      if (error instanceof EditError) throw error;
      throw writeError(this.path, `${what} för ${key.unit} (${key.district})`, error);
    }
  }

  // ---- Tjänsteutlåtanden -----------------------------------------------------------------------

  /** One memo write: a refusal (EditError) reaches the caller unchanged, anything else names the file. */
  async #writeMemo<T>(what: string, body: (trx: Kysely<LotsplanDatabase>) => Promise<T>): Promise<T> {
    try {
      return await writeTransaction(this.#db, this.raw, body);
    } catch (error) {
      if (error instanceof EditError) throw error;
      throw writeError(this.path, what, error);
    }
  }

  getPlanUpdatedAt(key: UnitYearKey): Promise<string | null> {
    return readTransaction(this.#db, (trx) => memos.readPlanUpdatedAt(trx, key));
  }

  listMemos(filter: { district: string; unit: string; year?: number | undefined }): Promise<memos.StoredMemo[]> {
    return readTransaction(this.#db, (trx) => memos.readMemos(trx, filter));
  }

  getMemo(id: number): Promise<memos.StoredMemo | null> {
    return readTransaction(this.#db, (trx) => memos.readMemo(trx, id));
  }

  createMemo(input: memos.NewMemo): Promise<memos.StoredMemo> {
    return this.#writeMemo(`spara tjänsteutlåtandet för ${label(input.key)}`, (trx) => memos.insertMemo(trx, this.osUser, input));
  }

  saveMemo(id: number, baseVersion: number, content: MemoContent, save: memos.MemoSave): Promise<memos.StoredMemo> {
    return this.#writeMemo('spara tjänsteutlåtandet', (trx) => memos.updateMemo(trx, this.osUser, id, baseVersion, content, save));
  }

  setMemoDeleted(id: number, deleted: boolean): Promise<memos.StoredMemo> {
    return this.#writeMemo(deleted ? 'ta bort tjänsteutlåtandet' : 'ångra borttagningen', (trx) => memos.setMemoDeleted(trx, this.osUser, id, deleted));
  }

  markMemoExported(id: number, formatLabel: string): Promise<string> {
    return this.#writeMemo('anteckna exporten', (trx) => memos.setMemoExported(trx, this.osUser, id, formatLabel));
  }

  listMemoVersions(id: number): Promise<memos.MemoVersionInfo[]> {
    return readTransaction(this.#db, (trx) => memos.readMemoVersions(trx, id));
  }

  getMemoVersion(id: number, version: number): Promise<{ version: number; savedAt: string; content: MemoContent } | null> {
    return readTransaction(this.#db, (trx) => memos.readMemoVersion(trx, id, version));
  }

  listMemoTemplates(district: string): Promise<memos.StoredMemoTemplate[]> {
    return readTransaction(this.#db, (trx) => memos.readMemoTemplates(trx, district));
  }

  getMemoTemplate(id: number): Promise<(memos.StoredMemoTemplate & { bytes: Uint8Array }) | null> {
    return readTransaction(this.#db, (trx) => memos.readMemoTemplate(trx, id));
  }

  addMemoTemplate(
    district: string,
    template: { name: string; bytes: Uint8Array; placeholders: readonly string[] },
    makeDefault: boolean,
  ): Promise<memos.StoredMemoTemplate> {
    return this.#writeMemo('spara Word-mallen', (trx) => memos.insertMemoTemplate(trx, this.osUser, district, template, makeDefault));
  }

  deleteMemoTemplate(id: number): Promise<memos.StoredMemoTemplate> {
    return this.#writeMemo('ta bort Word-mallen', (trx) => memos.removeMemoTemplate(trx, this.osUser, id));
  }

  setMemoTemplate(memoId: number, templateId: number | null): Promise<void> {
    return this.#writeMemo('välja mall för tjänsteutlåtandet', (trx) => memos.setTemplateOfMemo(trx, this.osUser, memoId, templateId));
  }

  setDefaultMemoTemplate(district: string, templateId: number | null): Promise<void> {
    return this.#writeMemo('välja standardmall', (trx) => memos.setDistrictDefaultTemplate(trx, this.osUser, district, templateId));
  }

  getMemoDistrictSettings(district: string): Promise<memos.MemoDistrictSettings | null> {
    return readTransaction(this.#db, (trx) => memos.readMemoDistrictSettings(trx, district));
  }

  saveMemoDefaults(district: string, defaults: MemoDefaults): Promise<void> {
    return this.#writeMemo(`spara standarduppgifterna för ${district}`, (trx) => memos.writeMemoDefaults(trx, this.osUser, district, defaults));
  }

  getLastPlace(): Promise<LastPlace | null> {
    return uiState.readLastPlace(this.#db);
  }

  async saveLastPlace(place: LastPlace): Promise<void> {
    try {
      await writeTransaction(this.#db, this.raw, (trx) => uiState.writeLastPlace(trx, place, new Date()));
    } catch (error) {
      throw writeError(this.path, 'spara var du var senast i appen', error);
    }
  }

  catalog(): Promise<CatalogDistrict[]> {
    return readCatalog(this.#db);
  }

  countUnitYears(): Promise<number> {
    return countUnitYears(this.#db);
  }

  async check(): Promise<HealthReport> {
    return checkHealth(this.raw, this.path, this.schemaVersion);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.raw.pragma('optimize');
    } catch {
      // Only a hint to SQLite; closing matters more.
    }
    await this.#db.destroy();
    // Kysely closes the connection only when it ran a query; a store that was opened and closed
    // without one would otherwise keep the file open (and locked) until the process ends.
    if (this.raw.open) this.raw.close();
  }
}
