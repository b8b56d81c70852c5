import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { DbSetupError } from "../connection/db-setup-error";

export type TMigrationFile = {
  name: string;
  sql: string;
  checksum: string;
};

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(
  new URL("../../../../prisma/migrations", import.meta.url),
);

// Prisma's layout: one folder per migration, <timestamp>_<name>/migration.sql, applied in
// name order; loose files such as migration_lock.toml are not migrations.
export async function readMigrations(migrationsDir: string): Promise<TMigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        throw new DbSetupError(
          "MIGRATIONS_DIR_INVALID",
          `There is no migrations folder at ${migrationsDir}: run from a complete checkout or pass the right folder.`,
        );
      }
      throw error;
    },
  );
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map((name) => readMigration(migrationsDir, name)));
}

async function readMigration(migrationsDir: string, name: string): Promise<TMigrationFile> {
  const path = join(migrationsDir, name, "migration.sql");
  const sql = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      throw new DbSetupError(
        "MIGRATIONS_DIR_INVALID",
        `Migration folder ${name} has no migration.sql: add the file or remove the folder.`,
      );
    }
    throw error;
  });
  return { name, sql, checksum: checksumSql(sql) };
}

// Line endings are normalised so a Windows checkout (core.autocrlf) does not read as an
// edited migration.
export function checksumSql(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}
