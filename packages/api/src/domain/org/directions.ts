import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertOrgDelete, notFound, stillReferenced, uniqueTaken } from "./org-errors";
import { createOrgRow, deleteOrgRow, updateOrgRow } from "./org-row-writes";

// B3: sales directions (lines of business), each with a code unique in the project. Records
// carry their creator's direction, and the `direction` scope reads it, so a direction in use
// is never deleted: its records would silently change who may see them.

export type TDirection = {
  id: string;
  code: string;
  name: string;
  version: number;
  employeeCount: number;
};

const SELECT = {
  id: true,
  code: true,
  name: true,
  version: true,
  _count: { select: { employees: true } },
} as const;

const USES = {
  companies: true,
  contacts: true,
  objects: true,
  interests: true,
  deals: true,
  activities: true,
  tasks: true,
  reminders: true,
  documents: true,
  invoices: true,
} as const;

type TRow = Prisma.SalesDirectionGetPayload<{ select: typeof SELECT }>;

function present({ _count, ...row }: TRow): TDirection {
  return { ...row, employeeCount: _count.employees };
}

async function findOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const row = await tx.salesDirection.findFirst({ where: { id, projectId }, select: SELECT });
  if (!row) throw notFound("direction");
  return present(row);
}

export async function listDirections(scope: TProjectScope): Promise<TDirection[]> {
  const rows = await scope.db.salesDirection.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map(present);
}

export async function createDirection(
  scope: TProjectScope,
  input: { code: string; name: string },
): Promise<TDirection> {
  return createOrgRow(scope, async (tx) =>
    present(
      await tx.salesDirection.create({
        data: { projectId: scope.project.id, code: input.code, name: input.name },
        select: SELECT,
      }),
    ),
  ).catch((error: unknown) => {
    throw uniqueTaken(error, "code", input.code, "direction");
  });
}

export async function updateDirection(
  scope: TProjectScope,
  input: { id: string; version: number; code?: string; name?: string },
): Promise<TDirection> {
  const { id, version, ...changes } = input;
  return updateOrgRow(scope, {
    entity: "direction",
    id,
    version,
    find: (tx) => findOrThrow(tx, scope.project.id, id),
    save: async (tx) =>
      present(
        await tx.salesDirection.update({
          where: { id, version },
          data: { ...changes, version: { increment: 1 } },
          select: SELECT,
        }),
      ),
  }).catch((error: unknown) => {
    throw uniqueTaken(error, "code", input.code ?? "", "direction");
  });
}

/** Deletes a direction no employee and no record carries. */
export async function deleteDirection(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  assertOrgDelete(scope, "direction");
  await deleteOrgRow(scope, {
    entity: "direction",
    ...input,
    find: (tx) => findOrThrow(tx, scope.project.id, input.id),
    assertUnused: async (tx, before) => {
      const uses = await tx.salesDirection.findUniqueOrThrow({
        where: { id: input.id },
        select: { _count: { select: USES } },
      });
      const records = Object.values(uses._count).reduce((sum, n) => sum + n, 0);
      if (before.employeeCount === 0 && records === 0) return;
      throw new AppError("CONFLICT", {
        key: "org.directionInUse",
        params: { name: before.name, employees: before.employeeCount, recordCount: records },
      });
    },
    remove: (tx, before) =>
      tx.salesDirection
        .deleteMany({ where: { id: input.id, version: input.version } })
        .catch((error: unknown) => {
          throw stillReferenced(error, before.name);
        }),
  });
}
