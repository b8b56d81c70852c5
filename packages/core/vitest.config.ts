import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two shared cores in CI: a property test may wait its turn; a timing is never asserted.
    testTimeout: 30_000,
  },
});
