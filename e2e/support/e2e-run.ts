import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { newTestDatabaseName, testAdminUrl, testDatabaseUrl } from "@charter/db/testing";

export const E2E_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO_DIR = path.dirname(E2E_DIR);
export const WEB_DIR = path.join(REPO_DIR, "apps", "web");
export const SCREENSHOT_DIR = path.join(E2E_DIR, "screenshots");

/** What one `playwright test` run shares between its config, setup, server and workers. */
export type TE2eRun = {
  port: number;
  databaseName: string;
  adminUrl: string;
  databaseUrl: string;
  authSecret: string;
  dataDir: string;
};

const RUN_ENV = "CHARTER_E2E_RUN";

/**
 * Playwright starts the web server before global setup runs and loads the config again in
 * every worker, so the run's port and database name are fixed here once and handed down
 * through the environment, which workers inherit. The database itself is created by global
 * setup; the server does not touch it until the first signed-in request.
 */
export function resolveE2eRun(): TE2eRun {
  const existing = process.env[RUN_ENV];
  if (existing) return JSON.parse(existing) as TE2eRun;

  const adminUrl = testAdminUrl();
  const databaseName = newTestDatabaseName("charter_t_e2e");
  const run: TE2eRun = {
    port: Number(process.env.E2E_PORT) || findFreePortSync(),
    databaseName,
    adminUrl,
    databaseUrl: testDatabaseUrl(databaseName, adminUrl),
    authSecret: randomBytes(32).toString("base64url"),
    dataDir: path.join(os.tmpdir(), `charter-e2e-${databaseName}`),
  };
  process.env[RUN_ENV] = JSON.stringify(run);
  return run;
}

/** Asks the OS for a free port; synchronous because Playwright's config is. */
export function findFreePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}
