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

/** A seeded user in the given role (matched loosely, e.g. "sales"), else the first one. */
export function findSeededUser(rolePattern: RegExp): TSeededUser {
  const users = readSeededUsers();
  const user = users.find((candidate) => rolePattern.test(candidate.role)) ?? users[0];
  if (!user) throw new Error("The seed created no users.");
  return user;
}
