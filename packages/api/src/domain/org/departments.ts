import { validateDepartmentParent } from "@charter/core/hierarchy";
import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertOrgDelete, notFound, stale, stillReferenced, uniqueTaken } from "./org-errors";
import { createOrgRow, deleteOrgRow } from "./org-row-writes";

// B1: the department tree. The database keeps `path` and refuses cycles; a move re-roots the
// subtree and bumps the permission version in the same statement, by trigger.

export type TDepartment = {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  position: number;
  version: number;
  employeeCount: number;
};

const SELECT = {
  id: true,
  name: true,
  parentId: true,
  path: true,
  position: true,
  version: true,
  _count: { select: { employees: true } },
} as const;

type TRow = Prisma.DepartmentGetPayload<{ select: typeof SELECT }>;

function present({ _count, ...row }: TRow): TDepartment {
  return { ...row, employeeCount: _count.employees };
}

export async function listDepartments(scope: TProjectScope): Promise<TDepartment[]> {
  const rows = await scope.db.department.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ path: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map(present);
}

async function findOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const row = await tx.department.findFirst({ where: { id, projectId }, select: SELECT });
  if (!row) throw notFound("department");
  return row;
}

export async function createDepartment(
  scope: TProjectScope,
  input: { name: string; parentId: string | null; position?: number },
): Promise<TDepartment> {
  return createOrgRow(scope, async (tx) => {
    if (input.parentId) {
      const parent = await tx.department.findFirst({
        where: { id: input.parentId, projectId: scope.project.id },
      });
      if (!parent) {
        throw new AppError("INVALID_INPUT", { key: "org.noSuchParent" }, { field: "parentId" });
      }
    }
    const created = await tx.department.create({
      data: {
        projectId: scope.project.id,
        name: input.name,
        parentId: input.parentId,
        position: input.position ?? 0,
      },
      select: SELECT,
    });
    return present(created);
  }).catch((error: unknown) => {
    throw uniqueTaken(error, "name", input.name, "sameParent");
  });
}

export async function renameDepartment(
  scope: TProjectScope,
  input: { id: string; version: number; name: string },
): Promise<TDepartment> {
  return scope.db
    .$transaction(async (tx) => {
      const before = present(await findOrThrow(tx, scope.project.id, input.id));
      if (before.version !== input.version) throw stale("department");
      const after = present(
        await tx.department.update({
          where: { id: input.id, version: input.version },
          data: { name: input.name, version: { increment: 1 } },
          select: SELECT,
        }),
      );
      await scope.writeAudit(tx, {
        action: "update",
        resource: "settings.org",
        recordId: input.id,
        before,
        after,
      });
      return after;
    })
    .catch((error: unknown) => {
      throw uniqueTaken(error, "name", input.name, "sameParent");
    });
}

/** Moves a department (and so its subtree) under another parent, or to the root. */
export async function moveDepartment(
  scope: TProjectScope,
  input: { id: string; version: number; parentId: string | null },
): Promise<TDepartment> {
  return scope.db
    .$transaction(async (tx) => {
      // Two opposite moves checked against the same snapshot would each pass and together
      // make a cycle the trigger cannot see; moves in a project therefore take turns.
      await tx.$queryRaw`SELECT "id" FROM "Department" WHERE "projectId" = ${scope.project.id}::uuid FOR UPDATE`;
      const before = present(await findOrThrow(tx, scope.project.id, input.id));
      if (before.version !== input.version) throw stale("department");
      const all = await tx.department.findMany({
        where: { projectId: scope.project.id },
        select: { id: true, name: true, parentId: true, path: true },
      });
      const issues = validateDepartmentParent(before, input.parentId, all);
      if (issues.length > 0) {
        throw new AppError(
          "INVALID_INPUT",
          {
            key: "org.parentRefused",
            params: { detail: issues.map((i) => i.message).join(" ") },
          },
          { field: "parentId" },
        );
      }
      const after = present(
        await tx.department.update({
          where: { id: input.id, version: input.version },
          data: { parentId: input.parentId, version: { increment: 1 } },
          select: SELECT,
        }),
      );
      await scope.writeAudit(tx, {
        action: "update",
        resource: "settings.org",
        recordId: input.id,
        before,
        after,
      });
      return after;
    })
    .catch((error: unknown) => {
      throw translateMoveError(error);
    });
}

// The trigger is the last word on cycles (a write outside this router); say it as a person would.
function translateMoveError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : "";
  if (message.includes("cannot be moved under itself")) {
    return new AppError("INVALID_INPUT", { key: "org.parentInsideItself" }, { field: "parentId" });
  }
  return uniqueTaken(error, "name", "", "newParent");
}

/** Deletes a department with no sub-departments and no employees. */
export async function deleteDepartment(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  assertOrgDelete(scope, "department");
  await deleteOrgRow(scope, {
    entity: "department",
    ...input,
    find: async (tx) => present(await findOrThrow(tx, scope.project.id, input.id)),
    assertUnused: async (tx, before) => {
      const children = await tx.department.count({ where: { parentId: input.id } });
      if (children > 0) {
        throw new AppError("CONFLICT", {
          key: children === 1 ? "org.departmentHasChild" : "org.departmentHasChildren",
          params: { name: before.name, count: children },
        });
      }
      const n = before.employeeCount;
      if (n === 0) return;
      throw new AppError("CONFLICT", {
        key: n === 1 ? "org.departmentHasEmployee" : "org.departmentHasEmployees",
        params: { name: before.name, count: n },
      });
    },
    remove: (tx, before) =>
      tx.department
        .deleteMany({ where: { id: input.id, version: input.version } })
        .catch((error: unknown) => {
          throw stillReferenced(error, before.name);
        }),
  });
}
