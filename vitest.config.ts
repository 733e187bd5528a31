import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start a local Discord stand-in and a real client; give them room on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    reporters: ["default", "./test/support/plain-summary-reporter.ts"],
  },
});
