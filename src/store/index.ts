// The public surface of the store. Nothing outside src/store writes SQL.
export { StoreError } from './contract.ts';
export type {
  CatalogDistrict,
  HealthReport,
  LotsplanStore,
  OpenStoreOptions,
  StoreErrorCode,
  StoredUnitYear,
} from './contract.ts';
export { openStore } from './openStore.ts';
export { backupDatabase, type BackupOptions } from './backups/create.ts';
export { defaultDatabasePath, resolveDatabasePath, APP_NAME, DATABASE_FILE_NAME } from './paths.ts';
export { LOTSPLAN_APPLICATION_ID } from './schema.ts';
export { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';
export { listBackups, type BackupEntry, type BackupListing } from './backups/list.ts';
export { rotateBackups, planRotation, KEEP_DAYS, KEEP_WEEKS } from './backups/rotation.ts';
export { restoreDatabase, databasePathBeside, type RestoreOptions, type RestoreResult } from './backups/restore.ts';
export { ensureRecentBackup, takeAutomaticBackup } from './backups/automatic.ts';
export { defaultBackupDir, MANUAL_REASON, STARTUP_REASON, BEFORE_IMPORT_REASON, BEFORE_RESTORE_REASON } from './backups/names.ts';
