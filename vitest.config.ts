import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start a local Discord stand-in and a real client; give them room on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // A throwaway PostgreSQL cluster for the storage suite (skipped with a message when none can start).
    globalSetup: ["./test/support/postgres-global-setup.ts"],
    reporters: ["default", "./test/support/plain-summary-reporter.ts"],
  },
});
