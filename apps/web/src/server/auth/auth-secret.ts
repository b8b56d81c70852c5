import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { resolveDataDir } from "../data-dir";

let cached: string | undefined;

/**
 * NEXTAUTH_SECRET when set. Otherwise a random secret generated once and kept in
 * `<data dir>/auth-secret`, so `pnpm start` works without setup and sessions survive a
 * restart. Deleting the file signs everyone out.
 */
export function resolveAuthSecret(): string {
  cached ??=
    process.env.NEXTAUTH_SECRET ||
    readOrCreateSecretFile(path.join(resolveDataDir(), "auth-secret"));
  return cached;
}

function readOrCreateSecretFile(file: string): string {
  const existing = readSecretFile(file);
  if (existing) return existing;

  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": if another worker wrote the file first, keep theirs so both sign the same cookies.
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const created = readSecretFile(file);
  if (!created)
    throw new Error(`Could not create the auth secret in ${file}; set NEXTAUTH_SECRET.`);
  return created;
}

function readSecretFile(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
