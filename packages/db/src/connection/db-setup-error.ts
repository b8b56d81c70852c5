// Setting up the database fails for reasons the person running the app can fix, so these
// errors carry one sentence saying what to do; scripts print it without a stack trace.
export type TDbSetupErrorCode =
  | "INVALID_URL"
  | "INVALID_POOL_MAX"
  | "SERVER_UNREACHABLE"
  | "DATABASE_MISSING"
  | "LOGIN_REFUSED"
  | "EMBEDDED_IN_USE"
  | "PORT_IN_USE"
  | "PORT_INVALID"
  | "MIGRATIONS_DIR_INVALID"
  | "MIGRATION_MISSING"
  | "MIGRATION_CHANGED"
  | "MIGRATION_FAILED";

export class DbSetupError extends Error {
  override readonly name = "DbSetupError";

  constructor(
    readonly code: TDbSetupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isDbSetupError(error: unknown): error is DbSetupError {
  return error instanceof DbSetupError;
}
