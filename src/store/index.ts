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
export { backupDatabase, defaultBackupDir, type BackupOptions } from './backup.ts';
export { defaultDatabasePath, resolveDatabasePath, APP_NAME, DATABASE_FILE_NAME } from './paths.ts';
export { LOTSPLAN_APPLICATION_ID } from './schema.ts';
export { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';
