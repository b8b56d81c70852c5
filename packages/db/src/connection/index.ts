export { assertPortFree, parsePort } from "./assert-port-free";
export { assertDatabaseReachable } from "./check-database";
export { DbSetupError, isDbSetupError, type TDbSetupErrorCode } from "./db-setup-error";
export { parseDatabaseUrl, type TDatabaseUrlParts } from "./parse-database-url";
export { POOL_MAX_ENV, readPoolMax } from "./pool-max";
export {
  DEFAULT_EMBEDDED_DATA_DIR,
  resolveDatabase,
  type TResolveDatabaseOptions,
  type TResolvedDatabase,
} from "./resolve-database";
export { runOrExit } from "./run-or-exit";
export { EMBEDDED_POOL_MAX } from "./start-embedded-database";
