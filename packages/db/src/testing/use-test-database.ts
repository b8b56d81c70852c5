import { afterAll, beforeAll, inject } from "vitest";

import { createPrismaClient, type PrismaClient } from "../client";
import { applyMigrations } from "../migrate";
import { seedDatabase } from "../seed";
import { createTestDatabase } from "./create-test-database";
import type { TTemplateDatabases } from "./template-databases";

declare module "vitest" {
  // Declaration merging needs an interface: vitest's context is one.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** Set by a package's global setup (`createTemplateDatabases`); absent without one. */
    charterTemplates?: TTemplateDatabases;
  }
}

/**
 * Gives the calling test file its own migrated (and, with `seeded`, demo-seeded) throw-away
 * database, so files run in parallel without seeing each other's rows. It is a copy of the
 * run's template when the package's global setup made one, else built here. Call at the top
 * level of a test file.
 */
export function useTestDatabase(options: { seeded?: boolean } = {}): () => PrismaClient {
  let db: PrismaClient | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const templates = inject("charterTemplates");
    const template = templates && (options.seeded ? templates.seeded : templates.migrated);
    const database = await createTestDatabase(template ? { template } : {});
    drop = database.drop;
    db = createPrismaClient({ url: database.url, poolMax: 2 });
    if (template) return;
    await applyMigrations({ connectionString: database.url });
    if (options.seeded) await seedDatabase(db);
  }, 240_000);

  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  return () => {
    if (!db) throw new Error("useTestDatabase(): the database is only ready inside tests.");
    return db;
  };
}
