import type { PrismaClient } from "@charter/db/client";
import { z } from "zod";

import type { TSessionClaims, TSessionSubject } from "./session-subject";
import { buildUsableEmployeeWhere } from "./usable-employee-where";

/**
 * Turns the claims of a session cookie into the current subject, or null when the session no
 * longer counts: the account is gone, its sessions were revoked (sessionVersion bumped), or
 * none of its Employees may act any more.
 *
 * A session that chose an Employee (`projects.switch`) acts as that one while it is the
 * user's and usable; once it is not, the session has ended. It never falls back to another
 * project, where the next request would act somewhere the person did not choose. Without a
 * choice, the subject acts as the oldest usable Employee.
 */
export async function resolveSessionSubject(
  db: PrismaClient,
  claims: TSessionClaims,
  now: Date = new Date(),
): Promise<TSessionSubject | null> {
  // A forged or stale cookie may carry anything; a malformed id must read as "signed out",
  // not as a database error.
  if (!z.uuid().safeParse(claims.userId).success) return null;
  const chosen = claims.employeeId ?? null;
  if (chosen !== null && !z.uuid().safeParse(chosen).success) return null;

  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      sessionVersion: true,
      employees: {
        where: { ...buildUsableEmployeeWhere(now), ...(chosen === null ? {} : { id: chosen }) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: {
          id: true,
          projectId: true,
          name: true,
          position: true,
          userType: true,
          project: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;

  const [employee] = user.employees;
  if (!employee) return null;

  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    employee,
  };
}
