export type TSeededUser = { email: string; password: string; name: string; role: string };

const SEEDED_USERS_ENV = "CHARTER_E2E_SEEDED_USERS";

/** Global setup runs before workers start, so what it puts in the environment reaches tests. */
export function publishSeededUsers(users: TSeededUser[]): void {
  process.env[SEEDED_USERS_ENV] = JSON.stringify(users);
}

export function readSeededUsers(): TSeededUser[] {
  const raw = process.env[SEEDED_USERS_ENV];
  if (!raw)
    throw new Error(
      "No seeded users: run the specs through `playwright test` so global setup seeds.",
    );
  return JSON.parse(raw) as TSeededUser[];
}

/** The first seeded user whose role (position and role keys, as the seed prints them) matches. */
export function findSeededUser(rolePattern: RegExp): TSeededUser {
  const user = readSeededUsers().find((candidate) => rolePattern.test(candidate.role));
  if (!user) throw new Error(`The seed has no user whose role matches ${String(rolePattern)}.`);
  return user;
}
