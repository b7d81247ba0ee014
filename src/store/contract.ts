import type { AuditAction, AuditEntry, AuditFilter } from './repositories/auditLog.ts';
// What the rest of the app may ask of the store. Implemented in src/store/openStore.ts;
// nothing outside src/store writes SQL.
import type { UnitYearKey, UnitYearPlan } from '../core/plan/model.ts';
import type { EditableUnitYear } from '../core/unitYear/state.ts';
import type { UnitYearEdit } from '../core/unitYear/state.ts';
import type { MonthlyStatistics } from '../core/statistics/monthly.ts';
import type { UnitKey } from './repositories/monthlyStatistics.ts';

export type { UnitKey } from './repositories/monthlyStatistics.ts';
import type { MemoContent } from '../core/memo/model.ts';
import type { MemoDefaults } from '../core/memo/sources.ts';
import type { MemoDistrictSettings, MemoSave, MemoVersionInfo, NewMemo, StoredMemo, StoredMemoTemplate } from './repositories/memos.ts';
import type { LastPlace } from '../core/uiState/lastPlace.ts';
export type { MemoDistrictSettings, MemoSave, MemoVersionInfo, MemoVersionKind, NewMemo, StoredMemo, StoredMemoTemplate } from './repositories/memos.ts';

export type StoreErrorCode =
  | 'NOT_FOUND' // no file at the path and creation was not allowed
  | 'IS_DIRECTORY'
  | 'NOT_SQLITE' // not an SQLite file at all (or empty/truncated header)
  | 'FOREIGN' // an SQLite file that is not Lotsplan's
  | 'NEWER' // written by a newer Lotsplan
  | 'DAMAGED' // quick_check/integrity_check failed or the file could not be read
  | 'READ_ONLY' // the file or its folder cannot be written
  | 'LOCKED' // another program holds the file
  | 'WRITE_FAILED';

/** A refusal or failure with a Swedish message that names the file. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly path: string;
  constructor(code: StoreErrorCode, path: string, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.path = path;
  }
}

export interface StoredUnitYear {
  plan: UnitYearPlan;
  /** True when salaries and other costs are example values (the demo data). */
  exampleValues: boolean;
}

/** Months of one unit's statistics (the unit must exist or come with the same write). */
export interface UnitStatistics extends UnitKey {
  months: readonly MonthlyStatistics[];
}

export interface UnitYearEditOutcome {
  unitYear: EditableUnitYear;
  /** Swedish description of the edit done, undone or redone; null when nothing changed (and nothing was recorded). */
  label: string | null;
}

export interface CatalogDistrict {
  name: string;
  units: { name: string; years: number[] }[];
}

export interface HealthReport {
  path: string;
  schemaVersion: number;
  healthy: boolean;
  /** Swedish lines: what was checked and what was found. */
  messages: string[];
}

export interface LotsplanStore {
  readonly path: string;
  readonly schemaVersion: number;
  /** Replaces (or creates) the unit-year atomically: all of it or nothing. */
  /**
   * `newPlan` is the change log's summary of a plan made in Lotsplan (an empty plan, a plan made
   * from a scenario), logged as a new plan instead of "Läste in … från en utväxlingsfil." (an import).
   */
  replaceUnitYear(plan: UnitYearPlan, options?: { exampleValues?: boolean; newPlan?: { auditSummary: string } }): Promise<{ replaced: boolean }>;
  /**
   * Replaces several unit-years, and saves the units' monthly statistics given, in one transaction;
   * memoDefaults are saved for districts that have none saved yet (the demo's signatories).
   */
  replaceUnitYears(
    items: readonly StoredUnitYear[],
    statistics?: readonly UnitStatistics[],
    memoDefaults?: readonly { district: string; defaults: MemoDefaults }[],
  ): Promise<void>;
  getUnitYear(key: UnitYearKey): Promise<StoredUnitYear | null>;
  /** Districts (sorted by Swedish collation), their units and the years that have a plan. */
  catalog(): Promise<CatalogDistrict[]>;
  countUnitYears(): Promise<number>;
  /** The unit-year's editable state with row ids and its undo/redo state; null when it does not exist. */
  getEditableUnitYear(key: UnitYearKey): Promise<EditableUnitYear | null>;
  /**
   * Applies a pure edit to the unit-year's state in one transaction and records it for undo.
   * An EditError thrown by `edit` rolls back and reaches the caller unchanged.
   */
  editUnitYearState(key: UnitYearKey, edit: (current: EditableUnitYear) => UnitYearEdit): Promise<UnitYearEditOutcome>;
  /** Undoes the unit-year's latest edit; label null when there was nothing to undo. */
  undo(key: UnitYearKey): Promise<UnitYearEditOutcome>;
  /** Redoes the latest undone edit; label null when there was nothing to redo. */
  redo(key: UnitYearKey): Promise<UnitYearEditOutcome>;
  /** PRAGMA integrity_check and foreign_key_check. */
  check(): Promise<HealthReport>;
  close(): Promise<void>;
  /** Records an event that is not a row change (a restore, a new database) in the audit log. */
  recordEvent(action: AuditAction, summary: string): Promise<void>;
  /** The audit log, newest first, with the total number of matching entries. */
  auditLog(filter: AuditFilter): Promise<{ total: number; entries: AuditEntry[] }>;
  /** The unit's monthly statistics in calendar order; null when the unit does not exist. */
  getMonthlyStatistics(key: UnitKey): Promise<MonthlyStatistics[] | null>;
  /**
   * Saves the given months (a month given again replaces that month) in one transaction, with
   * an audit entry; returns the unit's whole series. EditError NOT_FOUND when the unit does not exist.
   */
  saveMonthlyStatistics(key: UnitKey, months: readonly MonthlyStatistics[], summary: string): Promise<MonthlyStatistics[]>;
  /** Removes the given months in one transaction, with an audit entry; returns the series left. */
  deleteMonthlyStatistics(key: UnitKey, months: readonly string[], summary: string): Promise<MonthlyStatistics[]>;
  /**
   * Undoes the newest change in the database when it is a change of monthly statistics: the months
   * it touched get back what they held before, in one transaction, recorded as an undo. EditError
   * CONFLICT when the newest change is another kind or the months have changed since.
   */
  undoLatestStatisticsChange(): Promise<{ summary: string; district: string; unit: string }>;

  // ---- Tjänsteutlåtanden (schema 5). Every write is one transaction with an audit entry; a
  // refusal is an EditError (NOT_FOUND, VALIDATION, CONFLICT) with a Swedish message.
  /**
   * When the memo's sources last changed (ISO 8601): the unit-year's updated_at or the newest saved
   * month of the unit's statistics, whichever is later; null when the unit-year does not exist.
   */
  getPlanUpdatedAt(key: UnitYearKey): Promise<string | null>;
  /** The unit's memos that are not removed (one year or all), newest change first. */
  listMemos(filter: { district: string; unit: string; year?: number | undefined }): Promise<StoredMemo[]>;
  /** A memo by id, removed or not (see deletedAt); null when there is none. */
  getMemo(id: number): Promise<StoredMemo | null>;
  createMemo(input: NewMemo): Promise<StoredMemo>;
  /** Saves new content as the next version; CONFLICT when baseVersion is not the memo's version. */
  saveMemo(id: number, baseVersion: number, content: MemoContent, save: MemoSave): Promise<StoredMemo>;
  /** Removes (deleted true) or brings back a memo. */
  setMemoDeleted(id: number, deleted: boolean): Promise<StoredMemo>;
  /** Records an export: exported_at and an audit entry ("som Word-fil"); returns the exported_at it wrote. */
  markMemoExported(id: number, formatLabel: string): Promise<string>;
  listMemoVersions(id: number): Promise<MemoVersionInfo[]>;
  getMemoVersion(id: number, version: number): Promise<{ version: number; savedAt: string; content: MemoContent } | null>;
  listMemoTemplates(district: string): Promise<StoredMemoTemplate[]>;
  getMemoTemplate(id: number): Promise<(StoredMemoTemplate & { bytes: Uint8Array }) | null>;
  /** The template must already be checked (src/api); the store only saves it. */
  addMemoTemplate(
    district: string,
    template: { name: string; bytes: Uint8Array; placeholders: readonly string[] },
    makeDefault: boolean,
  ): Promise<StoredMemoTemplate>;
  deleteMemoTemplate(id: number): Promise<StoredMemoTemplate>;
  /** The memo's own template (null: the district's default, or Lotsplan's layout). */
  setMemoTemplate(memoId: number, templateId: number | null): Promise<void>;
  setDefaultMemoTemplate(district: string, templateId: number | null): Promise<void>;
  /** null when the district does not exist. */
  getMemoDistrictSettings(district: string): Promise<MemoDistrictSettings | null>;
  saveMemoDefaults(district: string, defaults: MemoDefaults): Promise<void>;

  // ---- How the app was left (schema 6). Not a change of any plan: no audit entry, no undo.
  /** The last district, unit, year and page saved in the file, or null when none was saved. */
  getLastPlace(): Promise<LastPlace | null>;
  /** Replaces the saved last place (already checked by the caller). */
  saveLastPlace(place: LastPlace): Promise<void>;
}

export interface OpenStoreOptions {
  /** Create the file (and its folder) when it does not exist. Default true. */
  create?: boolean;
  /** For tests and the CLI: where backups go; default `backups/` beside the file. */
  backupDir?: string;
  /** How long to wait for another program's lock before refusing with LOCKED. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** The login name written to the audit log; default the operating system's user name. */
  osUser?: string;
  /**
   * A file (or folder) that cannot be written, such as an archive copy, is opened for reading only
   * instead of being refused: nothing is written to it and every change fails with READ_ONLY. For
   * the CLI's reading commands (check, figures, log, city, backup). Default false.
   */
  readOnlyWhenProtected?: boolean;
}
