import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Suites create and seed their own databases on two shared cores: allow minutes.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
