import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertMayChangeAccess, findHolderOrThrow } from "../roles/access-target";
import { findGroupOrThrow, type TGroupDetail } from "./group-select";

// Members of a CRM group, each a manager or not. A group always keeps at least one manager
// (D3): the last one can be neither removed nor made a plain member; delete the group instead.

const AUDIT = { resource: "settings.roles" } as const;

// Member changes in a group take turns, so two at once cannot both remove "the other" manager.
async function lockGroup(tx: Prisma.TransactionClient, scope: TProjectScope, groupId: string) {
  await tx.$queryRaw`SELECT "id" FROM "CrmGroup" WHERE "id" = ${groupId}::uuid AND "projectId" = ${scope.project.id}::uuid FOR UPDATE`;
  return findGroupOrThrow(tx, scope.project.id, groupId);
}

function assertKeepsAManager(group: TGroupDetail, employeeId: string): void {
  const others = group.members.filter(
    (member) => member.isManager && member.employeeId !== employeeId,
  );
  if (others.length > 0) return;
  const employee = group.members.find((member) => member.employeeId === employeeId)?.name;
  throw new AppError(
    "CONFLICT",
    employee
      ? { key: "roles.lastManager", params: { employee, group: group.name } }
      : { key: "roles.lastManagerUnnamed", params: { group: group.name } },
  );
}

function memberOf(group: TGroupDetail, employeeId: string) {
  return group.members.find((member) => member.employeeId === employeeId);
}

/** Adds an employee to a group, or changes whether they manage it. */
export async function setGroupMember(
  scope: TProjectScope,
  input: { groupId: string; employeeId: string; isManager: boolean },
): Promise<TGroupDetail> {
  return scope.db.$transaction(async (tx) => {
    const before = await lockGroup(tx, scope, input.groupId);
    const employee = await findHolderOrThrow(tx, scope.project.id, input.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotGroupsOf", name: employee.name }, [
      employee,
    ]);
    const previous = memberOf(before, employee.id);
    if (previous?.isManager && !input.isManager) assertKeepsAManager(before, employee.id);
    const key = { groupId: before.id, employeeId: employee.id };
    await tx.crmGroupMember.upsert({
      where: { groupId_employeeId: key },
      create: { ...key, isManager: input.isManager },
      update: { isManager: input.isManager },
    });
    const after = await findGroupOrThrow(tx, scope.project.id, before.id);
    await scope.writeAudit(tx, {
      action: "set_member",
      ...AUDIT,
      recordId: before.id,
      before: previous ? { group: before.name, ...previous } : undefined,
      after: { group: before.name, ...memberOf(after, employee.id) },
    });
    return after;
  });
}

export async function removeGroupMember(
  scope: TProjectScope,
  input: { groupId: string; employeeId: string },
): Promise<TGroupDetail> {
  return scope.db.$transaction(async (tx) => {
    const before = await lockGroup(tx, scope, input.groupId);
    const previous = memberOf(before, input.employeeId);
    if (!previous) {
      throw new AppError("NOT_FOUND", {
        key: "roles.notGroupMember",
        params: { group: before.name },
      });
    }
    const employee = await findHolderOrThrow(tx, scope.project.id, input.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotGroupsOf", name: employee.name }, [
      employee,
    ]);
    if (previous.isManager) assertKeepsAManager(before, employee.id);
    await tx.crmGroupMember.delete({
      where: { groupId_employeeId: { groupId: before.id, employeeId: employee.id } },
    });
    const after = await findGroupOrThrow(tx, scope.project.id, before.id);
    await scope.writeAudit(tx, {
      action: "remove_member",
      ...AUDIT,
      recordId: before.id,
      before: { group: before.name, ...previous },
    });
    return after;
  });
}
