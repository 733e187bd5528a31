// Vitest globalSetup: one throwaway PostgreSQL cluster for the whole run, or DATABASE_URL_TEST when
// set. Without PostgreSQL the PostgreSQL half of the storage suite is skipped with a message, unless
// REQUIRE_POSTGRES=1 (as in .ci/run), which makes a missing server an error.
import type { TestProject } from "vitest/node";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    postgresSkipReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL_TEST?.trim();
  if (given) {
    project.provide("postgresUrl", given);
    project.provide("postgresSkipReason", null);
    return;
  }
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgresCluster();
    project.provide("postgresUrl", cluster.url);
    project.provide("postgresSkipReason", null);
  } catch (error) {
    const reason = (error as Error).message;
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`REQUIRE_POSTGRES=1 but ${reason}`);
    console.warn(`PostgreSQL tests skipped: ${reason}. Install PostgreSQL or set DATABASE_URL_TEST to run them.`);
    project.provide("postgresUrl", null);
    project.provide("postgresSkipReason", reason);
  }
  return () => cluster?.stop();
}
