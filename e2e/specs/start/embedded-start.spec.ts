import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { findFreePortSync, REPO_DIR } from "../../support/e2e-run";
import { findSeededUser } from "../../support/seeded-users";
import { startProcess, waitForPage } from "../../support/start-process";
import { expect, test } from "../../support/test";

const DB_PACKAGE_DIR = path.join(REPO_DIR, "packages", "db");

test.describe("pnpm start", () => {
  // Creating, migrating and seeding a fresh embedded database is the slow part.
  test.setTimeout(300_000);

  test("[START]: with no DATABASE_URL the embedded database serves sign-in for the demo users", async ({
    page,
  }) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "charter-start-"));
    const port = findFreePortSync();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      CHARTER_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.DATABASE_URL;
    delete env.NEXTAUTH_SECRET;

    // The same script `pnpm start` runs once the web app is built.
    const server = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: DB_PACKAGE_DIR,
      env,
    });
    try {
      const signInUrl = `http://127.0.0.1:${port}/sign-in`;
      const html = await waitForPage(signInUrl, (body) => body.includes('name="password"'), {
        timeoutMs: 240_000,
        describeFailure: () => `pnpm start printed:\n${server.output()}`,
      });
      expect(html).toContain('name="email"');
      // start printed the demo credentials, and they work against the embedded database.
      const rep = findSeededUser(/^Sales representative\b/i);
      expect(server.output()).toContain(rep.email);

      await page.goto(signInUrl);
      await expect(page.getByRole("heading", { name: "Sign in to Charter" })).toBeVisible();
      await page.getByLabel("E-mail").fill(rep.email);
      await page.getByLabel("Password").fill(rep.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("employee-name")).toHaveText(rep.name);

      // Everything the app generated for itself stayed in the data directory it was given.
      expect(await readdir(dataDir)).not.toHaveLength(0);
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
