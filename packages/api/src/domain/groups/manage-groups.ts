import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { nameTaken, stale } from "../roles/access-errors";
import { assertMayChangeAccess, HOLDER_SELECT, membersOf } from "../roles/access-target";
import {
  findGroupOrThrow,
  GROUP_FIELDS_SELECT,
  groupFields,
  type TGroupDetail,
} from "./group-select";

// CRM groups (D3): sharing circles that carry grants on records and unlock custom sections
// limited to them (D8). Members and grants have their own modules.

const AUDIT = { resource: "settings.roles" } as const;

export type TGroupSummary = {
  id: string;
  name: string;
  description: string | null;
  version: number;
  updatedAt: Date;
  memberCount: number;
  managers: { employeeId: string; name: string }[];
};

export async function listGroups(scope: TProjectScope): Promise<TGroupSummary[]> {
  const rows = await scope.db.crmGroup.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...GROUP_FIELDS_SELECT,
      _count: { select: { members: true } },
      members: {
        where: { isManager: true },
        orderBy: [{ employee: { name: "asc" } }, { employeeId: "asc" }],
        select: { employee: { select: { id: true, name: true } } },
      },
    },
  });
  return rows.map(({ _count, members, ...group }) => ({
    ...group,
    memberCount: _count.members,
    managers: members.map((member) => ({
      employeeId: member.employee.id,
      name: member.employee.name,
    })),
  }));
}

/**
 * A group starts with its managers (D3: a group has one or more), so it is never without
 * one. Joining a group is an access change for each of them (step 5).
 */
export async function createGroup(
  scope: TProjectScope,
  input: { name: string; description?: string | null | undefined; managerIds: string[] },
): Promise<TGroupDetail> {
  const managerIds = [...new Set(input.managerIds)];
  return scope.db
    .$transaction(async (tx) => {
      const managers = await tx.employee.findMany({
        where: { id: { in: managerIds }, projectId: scope.project.id },
        select: HOLDER_SELECT,
      });
      const unknown = input.managerIds.findIndex(
        (id) => !managers.some((manager) => manager.id === id),
      );
      if (unknown >= 0) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "roles.noSuchManager", params: { id: input.managerIds[unknown] ?? "" } },
          { field: `managerIds[${unknown}]` },
        );
      }
      assertMayChangeAccess(scope, "create", { key: "roles.mayNotGroups" }, managers);
      const { id } = await tx.crmGroup.create({
        data: {
          projectId: scope.project.id,
          name: input.name,
          description: input.description ?? null,
          members: {
            createMany: {
              data: managers.map((manager) => ({ employeeId: manager.id, isManager: true })),
            },
          },
        },
        select: { id: true },
      });
      const after = await findGroupOrThrow(tx, scope.project.id, id);
      await scope.writeAudit(tx, { action: "create", ...AUDIT, recordId: id, after });
      return after;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.name, "group");
    });
}

/** Renames or describes a group: no one's access changes. */
export async function updateGroup(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    name?: string | undefined;
    description?: string | null | undefined;
  },
): Promise<TGroupDetail> {
  const { id, version, ...changes } = input;
  return scope.db
    .$transaction(async (tx) => {
      const before = await findGroupOrThrow(tx, scope.project.id, id);
      assertMayChangeAccess(scope, "edit", { key: "roles.mayNotGroup", name: before.name }, []);
      if (before.version !== version) throw stale("group");
      const { count } = await tx.crmGroup.updateMany({
        where: { id, version, projectId: scope.project.id },
        data: { ...changes, version: { increment: 1 } },
      });
      if (count === 0) throw stale("group");
      const after = await findGroupOrThrow(tx, scope.project.id, id);
      await scope.writeAudit(tx, {
        action: "update",
        ...AUDIT,
        recordId: id,
        before: groupFields(before),
        after: groupFields(after),
      });
      return after;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, changes.name, "group");
    });
}

/**
 * Deletes a group with its memberships and grants. A group only adds rights, so its members
 * only lose what it gave them (each judged by step 5; the audit entry keeps them). Refused
 * while it limits a custom section or a document template: without it, a section limited to
 * it alone would open to everyone.
 */
export async function deleteGroup(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "CrmGroup" WHERE "id" = ${input.id}::uuid AND "projectId" = ${scope.project.id}::uuid FOR UPDATE`;
    const before = await findGroupOrThrow(tx, scope.project.id, input.id);
    assertMayChangeAccess(
      scope,
      "delete",
      { key: "roles.mayNotGroup", name: before.name },
      await membersOf(tx, input.id),
    );
    if (before.version !== input.version) throw stale("group");
    await assertLimitsNothing(tx, input.id, before.name);
    const { count } = await tx.crmGroup.deleteMany({
      where: { id: input.id, version: input.version, projectId: scope.project.id },
    });
    if (count === 0) throw stale("group");
    await scope.writeAudit(tx, { action: "delete", ...AUDIT, recordId: input.id, before });
  });
}

async function assertLimitsNothing(
  tx: Prisma.TransactionClient,
  groupId: string,
  name: string,
): Promise<void> {
  const sections = await tx.sectionGroup.findMany({
    where: { groupId },
    select: { section: { select: { name: true } } },
    take: 6,
  });
  const templates = await tx.documentTemplateGroup.findMany({
    where: { groupId },
    select: { template: { select: { name: true } } },
    take: 6,
  });
  const uses = [
    ...sections.map((row) => `section ${row.section.name}`),
    ...templates.map((row) => `document template ${row.template.name}`),
  ];
  if (uses.length === 0) return;
  const detail = `${uses.slice(0, 5).join(", ")}${uses.length > 5 ? " and more" : ""}`;
  throw new AppError("CONFLICT", { key: "roles.groupLimits", params: { name, detail } });
}
