import { DbSetupError } from "./db-setup-error";

export type TDatabaseUrlParts = {
  host: string;
  port: number;
  database: string;
  user: string;
};

const EXAMPLE_URL = "postgresql://user:password@localhost:5432/charter";

// Validates before connecting so a typo gets its own sentence instead of a driver error.
// Messages never repeat the URL: it may hold a password.
export function parseDatabaseUrl(url: string, variable = "DATABASE_URL"): TDatabaseUrlParts {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidUrl(variable, "it does not parse as a URL");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw invalidUrl(variable, `it starts with "${parsed.protocol}//" instead of "postgresql://"`);
  }
  if (parsed.hostname === "") {
    throw invalidUrl(variable, "it names no host");
  }
  const port = parsed.port === "" ? 5432 : Number(parsed.port);
  const user = decodeURIComponent(parsed.username) || "postgres";
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || user;
  return { host: parsed.hostname, port, database, user };
}

function invalidUrl(variable: string, reason: string): DbSetupError {
  return new DbSetupError(
    "INVALID_URL",
    `${variable} is not a PostgreSQL URL (${reason}): set it like ${EXAMPLE_URL}${suggestEmbedded(variable)}.`,
  );
}

// Only the app's own variable falls back to the embedded database; TEST_DATABASE_URL does not.
export function suggestEmbedded(variable: string): string {
  return variable === "DATABASE_URL" ? ", or unset it to use the embedded database" : "";
}
