import { readFile, unlink, writeFile } from "node:fs/promises";

import { DbSetupError } from "./db-setup-error";

// PGlite has no lock of its own: two processes opening one data directory corrupt it. A pid
// file beside the directory keeps a second `pnpm start` (or `pnpm db:migrate`) out, and a
// stale file left by a killed process is taken over.
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: "wx" });
      return async () => {
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
    if (Number.isInteger(holder) && isProcessAlive(holder)) {
      throw new DbSetupError(
        "EMBEDDED_IN_USE",
        `The embedded database in ${dataDir} is in use by process ${holder} (a running \`pnpm start\`?): stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
    await unlink(lockPath).catch(() => undefined);
  }
  throw new DbSetupError(
    "EMBEDDED_IN_USE",
    `Could not lock the embedded database in ${dataDir}: another process keeps taking ${lockPath}; stop it and try again.`,
  );
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
