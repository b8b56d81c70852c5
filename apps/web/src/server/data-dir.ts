import "server-only";

import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Where the app keeps what it generates for itself (the auth secret; the embedded database
 * lives beside it): `CHARTER_DATA_DIR`, else `<repo>/.data`. `next start` runs in apps/web, so
 * the repository root is found by walking up to pnpm-workspace.yaml.
 */
export function resolveDataDir(): string {
  const fromEnv = process.env.CHARTER_DATA_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(findRepoRoot(process.cwd()), ".data");
}

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
