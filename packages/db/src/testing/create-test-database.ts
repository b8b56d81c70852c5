import { randomBytes } from "node:crypto";

import pg from "pg";

import { assertDatabaseReachable } from "../connection/check-database";

export type TTestDatabase = {
  name: string;
  url: string;
  drop: () => Promise<void>;
};

export type TCreateTestDatabaseOptions = {
  // The server's administrative connection; TEST_DATABASE_URL or the local PostgreSQL.
  adminUrl?: string;
  // A name chosen in advance (the end-to-end run names its database before it exists).
  name?: string;
  // A database to copy (migrated, perhaps seeded) instead of starting empty.
  template?: string;
};

export const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function testAdminUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

export function newTestDatabaseName(prefix = "charter_t"): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

/** The URL of database `name` on the admin connection's server. */
export function testDatabaseUrl(name: string, adminUrl: string = testAdminUrl()): string {
  const url = new URL(adminUrl);
  url.pathname = `/${assertIdentifier(name)}`;
  return url.toString();
}

// Each suite gets its own database on the test server, so suites run in parallel and leave
// nothing behind.
export async function createTestDatabase(
  options: TCreateTestDatabaseOptions = {},
): Promise<TTestDatabase> {
  const adminUrl = options.adminUrl ?? testAdminUrl();
  const name = assertIdentifier(options.name ?? newTestDatabaseName());
  await assertDatabaseReachable(adminUrl, "TEST_DATABASE_URL");
  const template = options.template ? ` template ${assertIdentifier(options.template)}` : "";
  await runAdminQuery(adminUrl, `create database ${name}${template}`);
  return {
    name,
    url: testDatabaseUrl(name, adminUrl),
    drop: () => dropTestDatabase(name, adminUrl),
  };
}

// WITH (FORCE) ends connections a test (or a web server) still holds instead of failing.
export async function dropTestDatabase(
  name: string,
  adminUrl: string = testAdminUrl(),
): Promise<void> {
  await runAdminQuery(adminUrl, `drop database if exists ${assertIdentifier(name)} with (force)`);
}

function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`Refusing database name ${JSON.stringify(name)}.`);
  return name;
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
