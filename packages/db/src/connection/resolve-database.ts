import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { assertDatabaseReachable } from "./check-database";
import { parseDatabaseUrl } from "./parse-database-url";
import { EMBEDDED_POOL_MAX, startEmbeddedDatabase } from "./start-embedded-database";

export type TResolvedDatabase = {
  url: string;
  // Size for any pg pool talking to this database (see EMBEDDED_POOL_MAX).
  poolMax: number;
  embedded: boolean;
  // For messages: which database this is, without credentials.
  label: string;
  // Stops the embedded server; a no-op for DATABASE_URL.
  close: () => Promise<void>;
};

export type TResolveDatabaseOptions = {
  env?: NodeJS.ProcessEnv;
  // Where the embedded database keeps its files: <CHARTER_DATA_DIR>/pglite, or
  // <repo>/.data/pglite by default.
  dataDir?: string;
};

// pg's own default pool size.
const SERVER_POOL_MAX = 10;

export const DEFAULT_EMBEDDED_DATA_DIR = fileURLToPath(
  new URL("../../../../.data/pglite", import.meta.url),
);

export async function resolveDatabase(
  options: TResolveDatabaseOptions = {},
): Promise<TResolvedDatabase> {
  const env = options.env ?? process.env;
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const { host, port, database } = parseDatabaseUrl(url);
    await assertDatabaseReachable(url);
    return {
      url,
      poolMax: SERVER_POOL_MAX,
      embedded: false,
      label: `database "${database}" on ${host}:${port}`,
      close: () => Promise.resolve(),
    };
  }
  const dataDir =
    options.dataDir ??
    (env.CHARTER_DATA_DIR ? join(env.CHARTER_DATA_DIR, "pglite") : DEFAULT_EMBEDDED_DATA_DIR);
  const embedded = await startEmbeddedDatabase(dataDir);
  return {
    url: embedded.url,
    poolMax: EMBEDDED_POOL_MAX,
    embedded: true,
    label: `the embedded database in ${dataDir}`,
    close: embedded.close,
  };
}
