// The migrations and schema.prisma must describe the same database: apply the committed
// migrations to one empty database, and the SQL Prisma derives from schema.prisma alone
// to another, then compare what each database holds.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_TABLE } from "../migrate";
import { createTestDatabase, type TTestDatabase } from "../testing";
import { diffConnectionString } from "./diff-connection";
import { diffSchemas } from "./diff-schemas";
import { schemaPath } from "./paths";
import { readCatalog } from "./read-catalog";

describe("schema.prisma and prisma/migrations", () => {
  let fromMigrations: TTestDatabase;
  let fromSchema: TTestDatabase;

  beforeAll(async () => {
    [fromMigrations, fromSchema] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([fromMigrations?.drop(), fromSchema?.drop()]);
  });

  it("describe the same tables, columns, enums, keys and indexes", async () => {
    await applyMigrations({ connectionString: fromMigrations.url });

    const sql = diffSchemas({
      from: { kind: "empty" },
      to: { kind: "file", path: schemaPath },
      connectionString: await diffConnectionString(),
    });
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }

    const [migrated, declared] = await Promise.all([
      readCatalog(fromMigrations.url, MIGRATIONS_TABLE),
      readCatalog(fromSchema.url, MIGRATIONS_TABLE),
    ]);
    const missingFromMigrations = declared.filter((entry) => !migrated.includes(entry));
    const notInSchema = migrated.filter((entry) => !declared.includes(entry));
    expect(
      { missingFromMigrations, notInSchema },
      "schema.prisma and the migrations disagree: run `pnpm db:migration:new <name>` after changing schema.prisma",
    ).toEqual({ missingFromMigrations: [], notInSchema: [] });
    expect(migrated.length).toBeGreaterThan(500);
  }, 120_000);
});
