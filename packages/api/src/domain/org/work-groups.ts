import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { notFound, uniqueTaken } from "./org-errors";
import { createOrgRow, deleteOrgRow, updateOrgRow } from "./org-row-writes";

// B4: work groups (a development group: project manager, programmers, testers), each member
// with their role in the group. Unlike CRM groups they grant nothing.

export type TWorkGroupMember = { employeeId: string; name: string; memberRole: string | null };

export type TWorkGroup = {
  id: string;
  name: string;
  description: string | null;
  version: number;
  members: TWorkGroupMember[];
};

const SELECT = {
  id: true,
  name: true,
  description: true,
  version: true,
  members: {
    orderBy: [{ createdAt: "asc" }, { employeeId: "asc" }],
    select: { employeeId: true, memberRole: true, employee: { select: { name: true } } },
  },
} as const satisfies Prisma.WorkGroupSelect;

type TRow = Prisma.WorkGroupGetPayload<{ select: typeof SELECT }>;

function present(row: TRow): TWorkGroup {
  return {
    ...row,
    members: row.members.map((member) => ({
      employeeId: member.employeeId,
      name: member.employee.name,
      memberRole: member.memberRole,
    })),
  };
}

async function findOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const row = await tx.workGroup.findFirst({ where: { id, projectId }, select: SELECT });
  if (!row) throw notFound("workGroup");
  return present(row);
}

export async function listWorkGroups(scope: TProjectScope): Promise<TWorkGroup[]> {
  const rows = await scope.db.workGroup.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map(present);
}

export async function createWorkGroup(
  scope: TProjectScope,
  input: { name: string; description?: string },
): Promise<TWorkGroup> {
  return createOrgRow(scope, async (tx) =>
    present(
      await tx.workGroup.create({
        data: {
          projectId: scope.project.id,
          name: input.name,
          description: input.description ?? null,
        },
        select: SELECT,
      }),
    ),
  ).catch((error: unknown) => {
    throw uniqueTaken(error, "name", input.name, "workGroup");
  });
}

export async function updateWorkGroup(
  scope: TProjectScope,
  input: { id: string; version: number; name?: string; description?: string | null },
): Promise<TWorkGroup> {
  const { id, version, ...changes } = input;
  return updateOrgRow(scope, {
    entity: "workGroup",
    id,
    version,
    find: (tx) => findOrThrow(tx, scope.project.id, id),
    save: async (tx) =>
      present(
        await tx.workGroup.update({
          where: { id, version },
          data: { ...changes, version: { increment: 1 } },
          select: SELECT,
        }),
      ),
  }).catch((error: unknown) => {
    throw uniqueTaken(error, "name", input.name ?? "", "workGroup");
  });
}

/** Deletes a group with its memberships; the audit entry keeps who was in it. */
export async function deleteWorkGroup(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await deleteOrgRow(scope, {
    entity: "workGroup",
    ...input,
    find: (tx) => findOrThrow(tx, scope.project.id, input.id),
    remove: (tx) => tx.workGroup.deleteMany({ where: { id: input.id, version: input.version } }),
  });
}

/** Adds an employee of the project to a group, or changes their role in it. */
export async function setWorkGroupMember(
  scope: TProjectScope,
  input: { workGroupId: string; employeeId: string; memberRole: string | null },
): Promise<TWorkGroup> {
  return scope.db.$transaction(async (tx) => {
    const before = await findOrThrow(tx, scope.project.id, input.workGroupId);
    const employee = await tx.employee.findFirst({
      where: { id: input.employeeId, projectId: scope.project.id },
      select: { id: true },
    });
    if (!employee) {
      throw new AppError("INVALID_INPUT", { key: "org.noSuchEmployee" }, { field: "employeeId" });
    }
    const key = { workGroupId: input.workGroupId, employeeId: input.employeeId };
    await tx.workGroupMember.upsert({
      where: { workGroupId_employeeId: key },
      create: { ...key, memberRole: input.memberRole },
      update: { memberRole: input.memberRole },
    });
    const after = await findOrThrow(tx, scope.project.id, input.workGroupId);
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.org",
      recordId: input.workGroupId,
      before: { members: before.members },
      after: { members: after.members },
    });
    return after;
  });
}

export async function removeWorkGroupMember(
  scope: TProjectScope,
  input: { workGroupId: string; employeeId: string },
): Promise<TWorkGroup> {
  return scope.db.$transaction(async (tx) => {
    const before = await findOrThrow(tx, scope.project.id, input.workGroupId);
    const { count } = await tx.workGroupMember.deleteMany({ where: input });
    if (count === 0) {
      throw new AppError("NOT_FOUND", { key: "org.notWorkGroupMember" });
    }
    const after = await findOrThrow(tx, scope.project.id, input.workGroupId);
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.org",
      recordId: input.workGroupId,
      before: { members: before.members },
      after: { members: after.members },
    });
    return after;
  });
}
