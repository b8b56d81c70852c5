import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Suites create their own databases, but the machine has two cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
