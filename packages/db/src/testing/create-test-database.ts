import { randomBytes } from "node:crypto";

import pg from "pg";

import { assertDatabaseReachable } from "../connection/check-database";

export type TTestDatabase = {
  name: string;
  url: string;
  drop: () => Promise<void>;
};

export const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

// Each suite gets its own database on the test server, so suites run in parallel and leave
// nothing behind.
export async function createTestDatabase(
  adminUrl: string = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL,
): Promise<TTestDatabase> {
  await assertDatabaseReachable(adminUrl, "TEST_DATABASE_URL");
  const name = `charter_t_${randomBytes(6).toString("hex")}`;
  await runAdminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // WITH (FORCE) ends connections a test forgot to close instead of failing the drop.
    drop: () => runAdminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
