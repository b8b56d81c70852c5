import pg from "pg";

import { DbSetupError } from "./db-setup-error";
import { parseDatabaseUrl, suggestEmbedded } from "./parse-database-url";

const CONNECT_TIMEOUT_MS = 5_000;

// One round trip before anything else runs, so the failures people actually hit (server
// down, database not created, wrong password) each get a sentence instead of a stack.
export async function assertDatabaseReachable(
  url: string,
  variable = "DATABASE_URL",
): Promise<void> {
  const { host, port, database, user } = parseDatabaseUrl(url, variable);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A server that drops the connection later emits 'error'; without a listener that crashes.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw describeConnectError(error, { host, port, database, user, variable });
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeConnectError(
  error: unknown,
  context: { host: string; port: number; database: string; user: string; variable: string },
): DbSetupError {
  const { host, port, database, user, variable } = context;
  const where = `${host}:${port}`;
  const code = (error as { code?: unknown }).code;
  if (code === "3D000") {
    return new DbSetupError(
      "DATABASE_MISSING",
      `Database "${database}" does not exist on ${where}: create it (createdb -h ${host} -p ${port} -U ${user} ${database}) or point ${variable} at an existing database${suggestEmbedded(variable)}.`,
      { cause: error },
    );
  }
  if (code === "28P01" || code === "28000") {
    return new DbSetupError(
      "LOGIN_REFUSED",
      `PostgreSQL on ${where} refused the login for user "${user}": fix the user or password in ${variable}.`,
      { cause: error },
    );
  }
  // Connecting to "localhost" can fail on both ::1 and 127.0.0.1 at once: an AggregateError
  // with an empty message but a code.
  const detail =
    typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  return new DbSetupError(
    "SERVER_UNREACHABLE",
    `Cannot reach PostgreSQL on ${where} (${detail || "no answer"}): start the server or fix ${variable}${suggestEmbedded(variable)}.`,
    { cause: error },
  );
}
