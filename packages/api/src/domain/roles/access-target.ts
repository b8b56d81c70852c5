import {
  decide,
  describeDecision,
  type Action,
  type EngineRecord,
  type UserType,
} from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TErrorMessage } from "../../error-messages";
import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";

/** An employee whose access a change alters: the holder of a role, a group member, … */
export type TAccessHolder = { id: string; name: string; userType: UserType };

export const HOLDER_SELECT = {
  id: true,
  name: true,
  userType: true,
} as const satisfies Prisma.EmployeeSelect;

/**
 * The `settings.roles` target the engine judges (catalog.ts): whose access changes, or
 * nobody's (`employeeId` null) for a change to a definition no one holds yet.
 */
export function accessTarget(projectId: string, holder: TAccessHolder | null): EngineRecord {
  return holder
    ? { projectId, employeeId: holder.id, employee: { userType: holder.userType } }
    : { projectId, employeeId: null, employee: null };
}

/** What a change to access touches, as its refusal names it: "role Sales", "the roles of Anna". */
export type TAccessWhat =
  | {
      key:
        | "roles.mayNotRole"
        | "roles.mayNotGroup"
        | "roles.mayNotRolesOf"
        | "roles.mayNotOverridesOf"
        | "roles.mayNotGroupsOf";
      name: string;
    }
  | { key: "roles.mayNotRoles" | "roles.mayNotGroups" };

/**
 * PERMISSIONS.md step 5, asked of the engine rather than re-written here: a change to roles,
 * groups or overrides is a change to the access of every employee it reaches, so the engine
 * decides on one target per such employee (and on the definition itself). A non-Admin is
 * refused when any of them is themselves (`change-own-access`) or an Admin (`change-admin`).
 * The refusal names the employee and carries the engine's rule and explanation.
 */
export function assertMayChangeAccess(
  scope: TProjectScope,
  action: Action,
  what: TAccessWhat,
  holders: readonly TAccessHolder[],
): void {
  const targets = [null, ...holders];
  for (const holder of targets) {
    const record = accessTarget(scope.project.id, holder);
    const decision = decide(scope.subject, action, "settings.roles", record);
    if (decision.allowed) continue;
    const why = describeDecision(decision, {
      subject: scope.subject,
      action,
      resource: "settings.roles",
      record,
    });
    const whose = !holder
      ? ""
      : holder.id === scope.subject.employeeId
        ? "It changes your own access. "
        : `It changes the access of ${holder.name}. `;
    // A step 5 refusal names its operation, as the employees settings do for theirs.
    const rule =
      decision.reason.rule === "protected" ? decision.reason.operation : decision.reason.rule;
    const detail = `${whose}${why}`;
    const message: TErrorMessage =
      "name" in what
        ? { key: what.key, params: { action, name: what.name, detail } }
        : { key: what.key, params: { action, detail } };
    throw new AppError("FORBIDDEN", message, { rule });
  }
}

/**
 * A read-only role makes its holder read-only, Admins included, and a read-only user cannot
 * take it off again: an employee never gives one to themselves. Another Admin can.
 */
export function assertNotLockingOut(
  scope: TProjectScope,
  role: { name: string; readOnly: boolean },
  holders: readonly TAccessHolder[],
): void {
  if (!role.readOnly) return;
  if (!holders.some((holder) => holder.id === scope.subject.employeeId)) return;
  throw new AppError(
    "FORBIDDEN",
    { key: "roles.readOnlySelf", params: { role: role.name } },
    { rule: "read-only-self" },
  );
}

/** The employees who hold a role now: an expired assignment gives nothing, so it counts for nothing. */
export async function activeHoldersOf(
  tx: Prisma.TransactionClient,
  roleId: string,
  now: Date,
): Promise<TAccessHolder[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { roleId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { employee: { select: HOLDER_SELECT } },
  });
  return rows.map((row) => row.employee);
}

/** The members of a CRM group: each gets the group's grants. */
export async function membersOf(
  tx: Prisma.TransactionClient,
  groupId: string,
): Promise<TAccessHolder[]> {
  const rows = await tx.crmGroupMember.findMany({
    where: { groupId },
    select: { employee: { select: HOLDER_SELECT } },
  });
  return rows.map((row) => row.employee);
}

/** An employee of the caller's project, or NOT_FOUND (another project's id is unknown here). */
export async function findHolderOrThrow(
  tx: TDbClient,
  projectId: string,
  employeeId: string,
): Promise<TAccessHolder> {
  const employee = await tx.employee.findFirst({
    where: { id: employeeId, projectId },
    select: HOLDER_SELECT,
  });
  if (!employee) {
    throw new AppError("NOT_FOUND", { key: "access.noEmployee" });
  }
  return employee;
}
