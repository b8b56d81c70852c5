import { afterAll, beforeAll } from "vitest";

import { createPrismaClient, type PrismaClient } from "../client";
import { applyMigrations } from "../migrate";
import { createTestDatabase } from "./create-test-database";

/**
 * Gives the calling test file its own migrated, throw-away database, so files run in
 * parallel without seeing each other's rows. Call at the top level of a test file.
 */
export function useTestDatabase(): () => PrismaClient {
  let db: PrismaClient | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    await applyMigrations({ connectionString: database.url });
    db = createPrismaClient({ url: database.url, poolMax: 2 });
  });

  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  return () => {
    if (!db) throw new Error("useTestDatabase(): the database is only ready inside tests.");
    return db;
  };
}
