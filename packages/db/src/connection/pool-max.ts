import { DbSetupError } from "./db-setup-error";

// How a process started by scripts/start.ts (the web server) learns the pool size the
// resolved database needs: the embedded server wants one connection per process.
export const POOL_MAX_ENV = "DATABASE_POOL_MAX";

export function readPoolMax(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env[POOL_MAX_ENV]?.trim();
  if (!value) return undefined;
  const poolMax = Number(value);
  if (!Number.isInteger(poolMax) || poolMax < 1) {
    throw new DbSetupError(
      "INVALID_POOL_MAX",
      `${POOL_MAX_ENV} must be a whole number of connections (1 or more), not "${value}": fix or unset it.`,
    );
  }
  return poolMax;
}
