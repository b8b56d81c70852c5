import type { TProjectScope } from "../access/project-scope";
import { changeEmployee } from "./change-employee";
import type { TEmployee } from "./employee-select";

/**
 * Active, IP-restricted or blocked (C1). Every request re-checks the status, so it counts at
 * the employee's next call; blocking also ends the account's sessions everywhere.
 */
export function setEmployeeStatus(
  scope: TProjectScope,
  input: { id: string; version: number; status: "active" | "ip_restricted" | "blocked" },
): Promise<TEmployee> {
  return changeEmployee(scope, {
    id: input.id,
    version: input.version,
    ownAccess: "status",
    auditAction: "update",
    data: { status: input.status },
    afterWrite: async (tx, _after, userId) => {
      if (input.status !== "blocked") return;
      await tx.user.update({
        where: { id: userId },
        data: { sessionVersion: { increment: 1 } },
      });
    },
  });
}

/** Temporary access (external representatives, C1); null makes it permanent. */
export function setEmployeeAccessExpiry(
  scope: TProjectScope,
  input: { id: string; version: number; accessExpiresAt: Date | null },
): Promise<TEmployee> {
  return changeEmployee(scope, {
    id: input.id,
    version: input.version,
    ownAccess: "expiry",
    auditAction: "update",
    data: { accessExpiresAt: input.accessExpiresAt },
  });
}
