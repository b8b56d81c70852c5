import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { isUniqueViolation, missing, stale } from "./access-errors";
import { assertMayChangeAccess, assertNotLockingOut, findHolderOrThrow } from "./access-target";

// Who holds which role (D1: an employee may hold several and gets the union of their
// rights), optionally until an instant (temporary external representatives, C1).

const AUDIT = { resource: "settings.roles" } as const;

const ASSIGNMENT_SELECT = {
  id: true,
  employeeId: true,
  expiresAt: true,
  version: true,
  role: { select: { id: true, name: true } },
} as const satisfies Prisma.RoleAssignmentSelect;

type TAssignmentRow = Prisma.RoleAssignmentGetPayload<{ select: typeof ASSIGNMENT_SELECT }>;

export type TAssignment = {
  assignmentId: string;
  employeeId: string;
  roleId: string;
  roleName: string;
  expiresAt: Date | null;
  version: number;
};

function present(row: TAssignmentRow): TAssignment {
  return {
    assignmentId: row.id,
    employeeId: row.employeeId,
    roleId: row.role.id,
    roleName: row.role.name,
    expiresAt: row.expiresAt,
    version: row.version,
  };
}

/**
 * Gives an employee a role. Without `version` the employee must not hold it yet; with the
 * version of their assignment, it changes when the role ends for them.
 */
export async function assignRole(
  scope: TProjectScope,
  input: {
    roleId: string;
    employeeId: string;
    expiresAt?: Date | null | undefined;
    version?: number | undefined;
  },
): Promise<TAssignment> {
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt.getTime() <= scope.subject.context.now.getTime()) {
    throw new AppError("INVALID_INPUT", { key: "roles.expiryInPast" }, { field: "expiresAt" });
  }
  return scope.db.$transaction(async (tx) => {
    const role = await tx.role.findFirst({
      where: { id: input.roleId, projectId: scope.project.id },
      select: { id: true, name: true, readOnly: true },
    });
    if (!role) throw missing("role");
    const employee = await findHolderOrThrow(tx, scope.project.id, input.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotRolesOf", name: employee.name }, [
      employee,
    ]);
    assertNotLockingOut(scope, role, [employee]);
    const key = { employeeId: employee.id, roleId: role.id };
    const before = await tx.roleAssignment.findUnique({
      where: { employeeId_roleId: key },
      select: ASSIGNMENT_SELECT,
    });
    if (before && input.version === undefined) {
      const names = { employee: employee.name, role: role.name };
      throw new AppError(
        "CONFLICT",
        before.expiresAt
          ? {
              key: "roles.alreadyHeldUntil",
              params: { ...names, until: before.expiresAt.toISOString() },
            }
          : { key: "roles.alreadyHeld", params: names },
      );
    }
    if (!before && input.version !== undefined) throw missing("roleAssignment");
    const after = before
      ? await changeExpiry(tx, before, input.version, expiresAt)
      : await tx.roleAssignment
          .create({
            data: { ...key, expiresAt, assignedById: scope.subject.employeeId },
            select: ASSIGNMENT_SELECT,
          })
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? stale("roleAssignment") : error;
          });
    await scope.writeAudit(tx, {
      action: "assign_role",
      ...AUDIT,
      recordId: employee.id,
      before: before ? { employee: employee.name, ...present(before) } : undefined,
      after: { employee: employee.name, ...present(after) },
    });
    return present(after);
  });
}

async function changeExpiry(
  tx: Prisma.TransactionClient,
  before: TAssignmentRow,
  version: number | undefined,
  expiresAt: Date | null,
): Promise<TAssignmentRow> {
  if (before.version !== version) throw stale("roleAssignment");
  const { count } = await tx.roleAssignment.updateMany({
    where: { id: before.id, version },
    data: { expiresAt, version: { increment: 1 } },
  });
  if (count === 0) throw stale("roleAssignment");
  return tx.roleAssignment.findUniqueOrThrow({
    where: { id: before.id },
    select: ASSIGNMENT_SELECT,
  });
}

export async function unassignRole(
  scope: TProjectScope,
  input: { roleId: string; employeeId: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await tx.roleAssignment.findFirst({
      where: {
        roleId: input.roleId,
        employeeId: input.employeeId,
        role: { projectId: scope.project.id },
      },
      select: ASSIGNMENT_SELECT,
    });
    if (!before) throw missing("roleAssignment");
    const employee = await findHolderOrThrow(tx, scope.project.id, input.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotRolesOf", name: employee.name }, [
      employee,
    ]);
    if (before.version !== input.version) throw stale("roleAssignment");
    const { count } = await tx.roleAssignment.deleteMany({
      where: { id: before.id, version: input.version },
    });
    if (count === 0) throw stale("roleAssignment");
    await scope.writeAudit(tx, {
      action: "unassign_role",
      ...AUDIT,
      recordId: employee.id,
      before: { employee: employee.name, ...present(before) },
    });
  });
}
