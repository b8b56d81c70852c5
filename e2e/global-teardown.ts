import { rm } from "node:fs/promises";

import { dropTestDatabase } from "@charter/db/testing";

import { resolveE2eRun } from "./support/e2e-run";

export default async function globalTeardown(): Promise<void> {
  const run = resolveE2eRun();
  await dropTestDatabase(run.databaseName, run.adminUrl);
  await rm(run.dataDir, { recursive: true, force: true });
}
