import type { PrismaClient } from "@charter/db/client";

import { buildUsableEmployeeWhere } from "../session/usable-employee-where";
import { getDummyPasswordHash, verifyPassword } from "./password-hash";

export type TCredentials = { email: string; password: string };

export type TVerifyCredentialsResult =
  | { kind: "ok"; user: { id: string; email: string; name: string; sessionVersion: number } }
  // Unknown e-mail and wrong password are one answer on purpose: telling them apart would
  // let anyone probe which e-mails have accounts.
  | { kind: "wrong_credentials" }
  // Only reachable with the right password, so saying so reveals nothing to a guesser.
  | { kind: "no_access" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(
  db: PrismaClient,
  credentials: TCredentials,
  now: Date = new Date(),
): Promise<TVerifyCredentialsResult> {
  // Started before the lookup so that even the first unknown e-mail of a process costs no
  // more than a known one.
  const dummyHash = getDummyPasswordHash();
  const email = normaliseEmail(credentials.email);
  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: {
          id: true,
          email: true,
          name: true,
          passwordHash: true,
          sessionVersion: true,
          employees: { where: buildUsableEmployeeWhere(now), take: 1, select: { id: true } },
        },
      })
    : null;

  const passwordHash = user?.passwordHash ?? (await dummyHash);
  const passwordMatches = await verifyPassword(passwordHash, credentials.password);
  if (!user || !passwordMatches) return { kind: "wrong_credentials" };
  if (user.employees.length === 0) return { kind: "no_access" };

  return {
    kind: "ok",
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
