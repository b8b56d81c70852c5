import { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { toRuleViolation } from "./database-rules";
import {
  EMPLOYEE_SELECT,
  missingEmployee,
  presentEmployee,
  staleEmployeeVersion,
  type TEmployee,
} from "./employee-select";
import {
  assertMayChangeEmployee,
  assertNotOwnAccess,
  TARGET_SELECT,
  type TOwnAccess,
  type TEmployeeTarget,
} from "./employee-target";

export type TEmployeeChange = {
  id: string;
  version: number;
  /** Names what of one's own access the change touches; null when it touches none. */
  ownAccess: TOwnAccess | null;
  auditAction: string;
  /** Runs inside the transaction before the write, on the stored target. */
  check?: (
    tx: Prisma.TransactionClient,
    target: TEmployeeTarget & { name: string },
  ) => Promise<void>;
  data: Prisma.EmployeeUncheckedUpdateInput;
  /** Runs after the write in the same transaction (e.g. ending the account's sessions). */
  afterWrite?: (tx: Prisma.TransactionClient, after: TEmployee, userId: string) => Promise<void>;
};

/**
 * One change to an Employee: the engine's step 5 on the stored row, one's own access
 * reserved to Admins, optimistic locking, and the audit entry, all in one transaction.
 */
export async function changeEmployee(
  scope: TProjectScope,
  change: TEmployeeChange,
): Promise<TEmployee> {
  return scope.db.$transaction(async (tx) => {
    const target = await tx.employee.findFirst({
      where: { id: change.id, projectId: scope.project.id },
      select: { ...TARGET_SELECT, name: true, userId: true },
    });
    if (!target) throw missingEmployee();
    assertMayChangeEmployee(scope, "edit", target);
    if (change.ownAccess) assertNotOwnAccess(scope, target.id, change.ownAccess);
    await change.check?.(tx, target);
    const before = await tx.employee.findUniqueOrThrow({
      where: { id: change.id },
      select: EMPLOYEE_SELECT,
    });
    if (before.version !== change.version) throw staleEmployeeVersion();
    const updated = await updateAtVersion(tx, change.id, change.version, change.data);
    const after = presentEmployee(updated);
    await change.afterWrite?.(tx, after, target.userId);
    await scope.writeAudit(tx, {
      action: change.auditAction,
      resource: "settings.employees",
      recordId: change.id,
      before: presentEmployee(before),
      after,
    });
    return after;
  });
}

async function updateAtVersion(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  data: Prisma.EmployeeUncheckedUpdateInput,
) {
  try {
    return await tx.employee.update({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
      select: EMPLOYEE_SELECT,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleEmployeeVersion();
    throw toRuleViolation(error) ?? error;
  }
}
