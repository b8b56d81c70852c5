import { mkdir } from "node:fs/promises";
import path from "node:path";

import { test as base, expect } from "@playwright/test";

import { SCREENSHOT_DIR } from "./e2e-run";

/**
 * Every spec imports `test` from here: it saves the final screen of each test to
 * e2e/screenshots/<file>--<title>.png, pass or fail, for a human to look over.
 */
export const test = base.extend<{ finalScreenshot: undefined }>({
  finalScreenshot: [
    async ({ page }, use, testInfo) => {
      await use(undefined);
      const name = [path.basename(testInfo.file, ".spec.ts"), testInfo.title]
        .join("--")
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, "");
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    { auto: true },
  ],
});

export { expect };
