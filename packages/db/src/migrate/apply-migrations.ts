import pg from "pg";

import { DbSetupError } from "../connection/db-setup-error";
import { DEFAULT_MIGRATIONS_DIR, readMigrations, type TMigrationFile } from "./read-migrations";

export type TApplyMigrationsOptions = {
  connectionString: string;
  // Folder of <timestamp>_<name>/migration.sql; the repo's prisma/migrations by default.
  migrationsDir?: string;
};

export type TAppliedMigration = { name: string; durationMs: number };

export type TMigrationRun = {
  applied: TAppliedMigration[];
  // Names that were already applied before this run.
  skipped: string[];
};

type TAppliedRow = { name: string; checksum: string };

export const MIGRATIONS_TABLE = "_charter_migrations";

// Any fixed number works: advisory locks are scoped to the current database.
const MIGRATE_LOCK_KEY = 7_212_055_901;

const CREATE_MIGRATIONS_TABLE = `
  create table if not exists ${MIGRATIONS_TABLE} (
    name text primary key,
    checksum text not null,
    applied_at timestamptz not null default now(),
    duration_ms integer not null
  )`;

export async function applyMigrations(options: TApplyMigrationsOptions): Promise<TMigrationRun> {
  // Read the folder first: a broken checkout fails before the database is touched.
  const onDisk = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString: options.connectionString });
  // A connection dropped between queries is reported by the failing query; this keeps the
  // process from crashing on the unhandled 'error' event in the meantime.
  client.on("error", () => undefined);
  await client.connect();
  try {
    // Held for the whole run, so a second process waits here and then finds nothing to do.
    await client.query("select pg_advisory_lock($1)", [MIGRATE_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<TAppliedRow>(
        `select name, checksum from ${MIGRATIONS_TABLE}`,
      );
      assertHistoryIntact(rows, onDisk);
      const appliedNames = new Set(rows.map((row) => row.name));
      const applied: TAppliedMigration[] = [];
      for (const migration of onDisk.filter((file) => !appliedNames.has(file.name))) {
        applied.push(await applyMigration(client, migration));
      }
      return {
        applied,
        skipped: onDisk.filter((file) => appliedNames.has(file.name)).map((file) => file.name),
      };
    } finally {
      // Ending the session would release the lock too, but the embedded server multiplexes
      // every client onto one session that never ends, so release it explicitly.
      await client
        .query("select pg_advisory_unlock($1)", [MIGRATE_LOCK_KEY])
        .catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

function assertHistoryIntact(appliedRows: TAppliedRow[], onDisk: TMigrationFile[]): void {
  const byName = new Map(onDisk.map((file) => [file.name, file]));
  for (const row of [...appliedRows].sort((a, b) => a.name.localeCompare(b.name))) {
    const file = byName.get(row.name);
    if (!file) {
      throw new DbSetupError(
        "MIGRATION_MISSING",
        `Migration ${row.name} is applied to this database but its folder is missing from the migrations folder: restore it from version control (applied migrations are never deleted) or point at the right database.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new DbSetupError(
        "MIGRATION_CHANGED",
        `Migration ${row.name} was edited after it was applied (its checksum differs): restore its original migration.sql and put the change in a new migration (pnpm db:migration:new).`,
      );
    }
  }
}

// The migration and its tracking row commit together or not at all.
async function applyMigration(
  client: pg.Client,
  migration: TMigrationFile,
): Promise<TAppliedMigration> {
  const started = performance.now();
  try {
    await client.query("begin");
    // No parameters: pg sends a simple query, which may hold several statements.
    await client.query(migration.sql);
    const durationMs = Math.round(performance.now() - started);
    await client.query(
      `insert into ${MIGRATIONS_TABLE} (name, checksum, duration_ms) values ($1, $2, $3)`,
      [migration.name, migration.checksum, durationMs],
    );
    await client.query("commit");
    return { name: migration.name, durationMs };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw new DbSetupError(
      "MIGRATION_FAILED",
      `Migration ${migration.name} failed${describeLine(migration.sql, error)} and was rolled back, leaving the database unchanged: ${describeError(error)}; fix its migration.sql and migrate again.`,
      { cause: error },
    );
  }
}

// PostgreSQL reports where in the script it failed as a 1-based character offset.
function describeLine(sql: string, error: unknown): string {
  const position = Number((error as { position?: unknown }).position);
  if (!Number.isInteger(position) || position < 1) return "";
  return ` at line ${sql.slice(0, position - 1).split("\n").length}`;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, "");
}
