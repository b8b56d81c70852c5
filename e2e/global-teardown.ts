import { rm } from "node:fs/promises";

import { dropDatabase } from "./support/e2e-database";
import { resolveE2eRun } from "./support/e2e-run";

export default async function globalTeardown(): Promise<void> {
  const run = resolveE2eRun();
  await dropDatabase(run.adminUrl, run.databaseName);
  await rm(run.dataDir, { recursive: true, force: true });
}
