import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { applyMigrations, MIGRATIONS_TABLE } from "../migrate/apply-migrations";
import { writeMigrations } from "../testing/write-migrations";
import { resolveDatabase } from "./resolve-database";

// PGlite runs initdb in WebAssembly on first start: seconds alone, and over a minute while
// the other packages' suites share the two cores.
const SLOW = 240_000;

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "charter-pglite-"));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function withPool<T>(
  url: string,
  max: number,
  use: (pool: pg.Pool) => Promise<T>,
): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max });
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

describe("resolveDatabase without DATABASE_URL", () => {
  test(
    "serves PGlite over loopback, applies migrations through it and keeps the data after a restart",
    async () => {
      const dataDir = join(workDir, "persisted");
      const migrationsDir = await writeMigrations({
        "20250101000000_accounts":
          "create table account (id serial primary key, email text not null unique);",
        "20250102000000_broken":
          "create table half_done (id int);\ninsert into no_such_table values (1);",
      });

      const first = await resolveDatabase({ env: {}, dataDir });
      expect(first).toMatchObject({ embedded: true, poolMax: 1 });
      expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
      await expect(
        applyMigrations({ connectionString: first.url, migrationsDir }),
      ).rejects.toMatchObject({
        code: "MIGRATION_FAILED",
        message: expect.stringMatching(
          /^Migration 20250102000000_broken failed at line 2 /,
        ) as unknown,
      });
      await withPool(first.url, first.poolMax, async (pool) => {
        const tables = await pool.query<{ name: string }>(
          "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
        );
        expect(tables.rows.map((row) => row.name)).toEqual([MIGRATIONS_TABLE, "account"].sort());
        await pool.query("insert into account (email) values ($1)", ["ada@example.com"]);
      });
      await first.close();

      await rm(join(migrationsDir, "20250102000000_broken"), { recursive: true });
      const second = await resolveDatabase({ env: {}, dataDir });
      try {
        expect(second.url).not.toBe(first.url);
        await expect(
          applyMigrations({ connectionString: second.url, migrationsDir }),
        ).resolves.toEqual({
          applied: [],
          skipped: ["20250101000000_accounts"],
        });
        const emails = await withPool(second.url, second.poolMax, (pool) =>
          pool.query<{ email: string }>("select email from account"),
        );
        expect(emails.rows).toEqual([{ email: "ada@example.com" }]);
      } finally {
        await second.close();
      }
    },
    SLOW,
  );

  test(
    "refuses a second process on the same data directory and takes over a stale lock",
    async () => {
      const dataDir = join(workDir, "locked");
      const exited = spawnSync(process.execPath, ["-e", ""]);
      await writeFile(`${dataDir}.lock`, String(exited.pid));

      const running = await resolveDatabase({ env: {}, dataDir });
      try {
        await expect(resolveDatabase({ env: {}, dataDir })).rejects.toMatchObject({
          code: "EMBEDDED_IN_USE",
          message: `The embedded database in ${dataDir} is in use by process ${process.pid} (a running \`pnpm start\`?): stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
        });
      } finally {
        await running.close();
      }
      const again = await resolveDatabase({ env: {}, dataDir });
      await again.close();
    },
    SLOW,
  );

  test(
    "multiplexes several connections onto one session, so the pool size is one",
    async () => {
      const database = await resolveDatabase({ env: {}, dataDir: join(workDir, "sockets") });
      try {
        const first = new pg.Client({ connectionString: database.url });
        const second = new pg.Client({ connectionString: database.url });
        await first.connect();
        await second.connect();
        await first.query("select pg_advisory_lock(1)");
        const taken = await second.query<{ got: boolean }>("select pg_try_advisory_lock(1) as got");
        // A real server would refuse: the lock belongs to the first session.
        expect(taken.rows[0]?.got).toBe(true);
        await Promise.all([first.end(), second.end()]);
        expect(database.poolMax).toBe(1);
      } finally {
        await database.close();
      }
    },
    SLOW,
  );
});
