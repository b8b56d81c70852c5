import { defineConfig } from "@playwright/test";

import { resolveE2eRun, WEB_DIR } from "./support/e2e-run";

const run = resolveE2eRun();
const baseURL = `http://127.0.0.1:${run.port}`;

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  globalSetup: "./global-setup.ts",
  globalTeardown: "./global-teardown.ts",
  // Two shared cores: one browser at a time keeps timings honest and the machine usable.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL,
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright's own browser downloads are never used.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The app as built by `next build` (turbo's e2e task depends on ^build), served by
    // server.mjs as `pnpm start` serves it: it passes each request's socket address on.
    command: "node server.mjs",
    cwd: WEB_DIR,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: run.databaseUrl,
      DATABASE_POOL_MAX: "5",
      NEXTAUTH_SECRET: run.authSecret,
      CHARTER_DATA_DIR: run.dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(run.port),
    },
  },
});
