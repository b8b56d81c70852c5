import type { PrismaClient } from "@charter/db/client";

import { isIpAllowed } from "../subject/ip-allowed";
import { buildUsableEmployeeWhere } from "../session/usable-employee-where";
import { checkSignInThrottle } from "./sign-in-throttle";
import {
  normaliseEmail,
  verifyCredentials,
  type TVerifyCredentialsResult,
} from "./verify-credentials";

export type TSignInAttempt = {
  email: string;
  password: string;
  /** The client's address as resolved from the socket (and trusted proxies); null if unknown. */
  clientIp: string | null;
  userAgent?: string | null;
  now?: Date;
};

export type TSignInResult =
  | Extract<TVerifyCredentialsResult, { kind: "ok" | "wrong_credentials" | "no_access" }>
  // Too many failures for this e-mail or this address: the password was not even checked.
  | { kind: "throttled"; retryAfterSeconds: number }
  // Right password, but every Employee of the account is IP-restricted to other networks.
  | { kind: "ip_refused" };

/**
 * One sign-in attempt (SPEC E1–E3): throttled per account and per address, checked like
 * any request for blocked, expired and IP-restricted employees, and written to the audit
 * log whatever its outcome.
 */
export async function signIn(db: PrismaClient, attempt: TSignInAttempt): Promise<TSignInResult> {
  const now = attempt.now ?? new Date();
  const email = normaliseEmail(attempt.email);
  const throttle = await checkSignInThrottle(db, { email, ip: attempt.clientIp, now });
  if (throttle.throttled) {
    await recordFailure(db, attempt, email, "throttled", now);
    return { kind: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const verified = await verifyCredentials(db, { email, password: attempt.password }, now);
  if (verified.kind !== "ok") {
    await recordFailure(db, attempt, email, verified.kind, now);
    return verified;
  }

  const employee = await findEmployeeAllowedHere(db, verified.user.id, attempt.clientIp, now);
  if (!employee) {
    await recordFailure(db, attempt, email, "ip_refused", now);
    return { kind: "ip_refused" };
  }
  await db.user.update({ where: { id: verified.user.id }, data: { lastSignInAt: now } });
  await db.auditEntry.create({
    data: {
      action: "sign_in",
      projectId: employee.projectId,
      employeeId: employee.id,
      actorEmail: email,
      ip: attempt.clientIp,
      userAgent: attempt.userAgent ?? null,
      createdAt: now,
    },
  });
  return verified;
}

// The first usable Employee the address lets in: unrestricted, or restricted and inside
// one of its project's allowed ranges.
async function findEmployeeAllowedHere(
  db: PrismaClient,
  userId: string,
  clientIp: string | null,
  now: Date,
): Promise<{ id: string; projectId: string } | null> {
  const employees = await db.employee.findMany({
    where: { userId, ...buildUsableEmployeeWhere(now) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, projectId: true, status: true },
  });
  for (const employee of employees) {
    if (employee.status !== "ip_restricted") return employee;
    if (clientIp && (await isIpAllowed(db, employee.projectId, clientIp))) return employee;
  }
  return null;
}

// Failures carry no project: the account may not exist, and when it does the attempt
// belongs to no project in particular. The reason stays in `after` for the admins.
async function recordFailure(
  db: PrismaClient,
  attempt: TSignInAttempt,
  email: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db.auditEntry.create({
    data: {
      action: "sign_in_failed",
      actorEmail: email,
      ip: attempt.clientIp,
      userAgent: attempt.userAgent ?? null,
      after: { reason },
      createdAt: now,
    },
  });
}
