import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes): slow enough to hurt guessing, fast enough
// that a sign-in stays well under a second on a small server. The algorithm is left at the
// library's default, argon2id: its `Algorithm` is a const enum, which isolated modules
// cannot read.
const ARGON2_OPTIONS = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as a wrong password, never as a server error.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A real hash of a random secret, made once per process. Verifying against it when the
 * account does not exist costs the same as verifying a real account's hash, so response
 * time does not reveal which e-mails have accounts.
 */
export function getDummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
