import { rm } from "node:fs/promises";

import { createPrismaClient } from "@charter/db/client";
import { applyMigrations } from "@charter/db/migrate";
import { seedDatabase } from "@charter/db/seed";
import { createTestDatabase } from "@charter/db/testing";

import { resolveE2eRun, SCREENSHOT_DIR } from "./support/e2e-run";
import { publishSeededUsers } from "./support/seeded-users";

export default async function globalSetup(): Promise<void> {
  const run = resolveE2eRun();
  // The folder shows this run's final screens only, never a stale one from an older title.
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  await createTestDatabase({ adminUrl: run.adminUrl, name: run.databaseName });
  await applyMigrations({ connectionString: run.databaseUrl });

  const db = createPrismaClient({ url: run.databaseUrl, poolMax: 2 });
  try {
    publishSeededUsers(await seedDatabase(db));
  } finally {
    await db.$disconnect();
  }
}
