import pg from "pg";

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

// The schema engine insists on a live connection, even to diff two files; any reachable
// PostgreSQL will do, and nothing is written to it.
export async function diffConnectionString(): Promise<string> {
  const url = process.env.DIFF_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    throw new Error(
      `Creating a migration needs a PostgreSQL to talk to and none answers at ${url}: start one or set DIFF_DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  return url;
}
