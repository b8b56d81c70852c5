import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/testing/global-setup.ts"],
    // Copying the run's template database is quick; hooks still wait on a busy machine.
    hookTimeout: 300_000,
    testTimeout: 120_000,
  },
});
