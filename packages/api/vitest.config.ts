import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each file migrates its own database; that takes seconds on a busy machine.
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
});
