import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

import pg from "pg";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

import { createTestDatabase, type TTestDatabase } from "../testing";
import { writeMigrations } from "../testing/write-migrations";
import { applyMigrations, MIGRATIONS_TABLE } from "./apply-migrations";

const FIXTURES = {
  "20250101000000_accounts": `
    create table account (id serial primary key, email text not null unique);
    insert into account (email) values ('ada@example.com');`,
  "20250102000000_deals": `
    create table deal (id serial primary key, account_id integer not null references account(id));
    -- slow enough that concurrent runs overlap
    select pg_sleep(0.2);`,
};

let database: TTestDatabase;

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.drop();
});

async function query<TRow extends pg.QueryResultRow>(sql: string): Promise<TRow[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<TRow>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function listTables(): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
  );
  return rows.map((row) => row.table_name);
}

async function listTracked(): Promise<string[]> {
  const rows = await query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by name`);
  return rows.map((row) => row.name);
}

describe("applyMigrations", () => {
  test("applies every migration to an empty database, then nothing on a second run", async () => {
    const migrationsDir = await writeMigrations(FIXTURES);

    const first = await applyMigrations({ connectionString: database.url, migrationsDir });
    const second = await applyMigrations({ connectionString: database.url, migrationsDir });

    expect(first.applied.map((m) => m.name)).toEqual(Object.keys(FIXTURES));
    expect(first.skipped).toEqual([]);
    expect(second).toEqual({ applied: [], skipped: Object.keys(FIXTURES) });
    expect(await listTables()).toEqual([MIGRATIONS_TABLE, "account", "deal"].sort());
    const tracked = await query<{ name: string; checksum: string; duration_ms: number }>(
      `select name, checksum, duration_ms from ${MIGRATIONS_TABLE} order by name`,
    );
    expect(tracked.map((row) => row.name)).toEqual(Object.keys(FIXTURES));
    expect(tracked.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
    expect(tracked[1]?.duration_ms).toBeGreaterThanOrEqual(150);
  });

  test("applies only the migrations added since the last run", async () => {
    const migrationsDir = await writeMigrations({
      "20250101000000_accounts": FIXTURES["20250101000000_accounts"],
    });
    await applyMigrations({ connectionString: database.url, migrationsDir });
    await writeMigrations(
      { "20250102000000_deals": FIXTURES["20250102000000_deals"] },
      migrationsDir,
    );

    const run = await applyMigrations({ connectionString: database.url, migrationsDir });

    expect(run.applied.map((m) => m.name)).toEqual(["20250102000000_deals"]);
    expect(run.skipped).toEqual(["20250101000000_accounts"]);
  });

  test("two concurrent runs apply each migration exactly once", async () => {
    const migrationsDir = await writeMigrations(FIXTURES);

    const runs = await Promise.all([
      applyMigrations({ connectionString: database.url, migrationsDir }),
      applyMigrations({ connectionString: database.url, migrationsDir }),
    ]);

    const appliedNames = runs.flatMap((run) => run.applied.map((m) => m.name)).sort();
    expect(appliedNames).toEqual(Object.keys(FIXTURES));
    expect(runs.map((run) => run.applied.length).sort()).toEqual([0, 2]);
    expect(await listTracked()).toEqual(Object.keys(FIXTURES));
    expect(await query("select email from account")).toEqual([{ email: "ada@example.com" }]);
  });

  test("a failing migration rolls back entirely and names itself and the database error", async () => {
    const migrationsDir = await writeMigrations({
      "20250101000000_accounts": FIXTURES["20250101000000_accounts"],
      "20250103000000_broken":
        "create table broken_half (id int);\n\ninsert into no_such_table (id) values (1);",
      "20250104000000_after": "create table after_broken (id int);",
    });

    const run = applyMigrations({ connectionString: database.url, migrationsDir });

    await expect(run).rejects.toMatchObject({
      code: "MIGRATION_FAILED",
      message:
        'Migration 20250103000000_broken failed at line 3 and was rolled back, leaving the database unchanged: relation "no_such_table" does not exist; fix its migration.sql and migrate again.',
    });
    expect(await listTables()).toEqual([MIGRATIONS_TABLE, "account"].sort());
    expect(await listTracked()).toEqual(["20250101000000_accounts"]);
  });

  test("refuses to run when an applied migration was edited", async () => {
    const migrationsDir = await writeMigrations(FIXTURES);
    await applyMigrations({ connectionString: database.url, migrationsDir });
    await writeFile(
      join(migrationsDir, "20250101000000_accounts", "migration.sql"),
      "create table account (id int);",
    );
    await writeMigrations({ "20250105000000_more": "create table more (id int);" }, migrationsDir);

    const run = applyMigrations({ connectionString: database.url, migrationsDir });

    await expect(run).rejects.toMatchObject({
      code: "MIGRATION_CHANGED",
      message: expect.stringMatching(
        /^Migration 20250101000000_accounts was edited after it was applied/,
      ) as unknown,
    });
    expect(await listTables()).not.toContain("more");
  });

  test("does not count a change of line endings as an edit", async () => {
    const migrationsDir = await writeMigrations({
      "20250101000000_accounts": "create table a (id int);\nselect 1;\n",
    });
    await applyMigrations({ connectionString: database.url, migrationsDir });
    await writeMigrations(
      { "20250101000000_accounts": "create table a (id int);\r\nselect 1;\r\n" },
      migrationsDir,
    );

    await expect(
      applyMigrations({ connectionString: database.url, migrationsDir }),
    ).resolves.toMatchObject({
      applied: [],
    });
  });

  test("refuses to run when an applied migration is missing from disk", async () => {
    const migrationsDir = await writeMigrations(FIXTURES);
    await applyMigrations({ connectionString: database.url, migrationsDir });
    await rm(join(migrationsDir, "20250102000000_deals"), { recursive: true });

    await expect(
      applyMigrations({ connectionString: database.url, migrationsDir }),
    ).rejects.toMatchObject({
      code: "MIGRATION_MISSING",
      message: expect.stringMatching(
        /^Migration 20250102000000_deals is applied to this database but its folder is missing/,
      ) as unknown,
    });
  });

  test("refuses a migration folder without migration.sql before touching the database", async () => {
    const migrationsDir = await writeMigrations(FIXTURES);
    await rm(join(migrationsDir, "20250102000000_deals", "migration.sql"));

    await expect(
      applyMigrations({ connectionString: database.url, migrationsDir }),
    ).rejects.toMatchObject({
      code: "MIGRATIONS_DIR_INVALID",
    });
    expect(await listTables()).toEqual([]);
  });
});
