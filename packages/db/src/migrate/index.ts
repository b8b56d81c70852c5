export {
  applyMigrations,
  MIGRATIONS_TABLE,
  type TApplyMigrationsOptions,
  type TAppliedMigration,
  type TMigrationRun,
} from "./apply-migrations";
export {
  checksumSql,
  DEFAULT_MIGRATIONS_DIR,
  readMigrations,
  type TMigrationFile,
} from "./read-migrations";
export { DbSetupError, isDbSetupError } from "../connection/db-setup-error";
export { describeMigrationRun } from "./describe-migration-run";
