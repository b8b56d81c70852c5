import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertOrgDelete, notFound, stillReferenced, uniqueTaken } from "./org-errors";
import { createOrgRow, deleteOrgRow, updateOrgRow } from "./org-row-writes";

// B2: branches are geographic units; each employee belongs to one.

export type TBranch = {
  id: string;
  name: string;
  city: string | null;
  address: string | null;
  version: number;
  employeeCount: number;
};

const SELECT = {
  id: true,
  name: true,
  city: true,
  address: true,
  version: true,
  _count: { select: { employees: true } },
} as const;

type TRow = Prisma.BranchGetPayload<{ select: typeof SELECT }>;

function present({ _count, ...row }: TRow): TBranch {
  return { ...row, employeeCount: _count.employees };
}

async function findOrThrow(tx: Prisma.TransactionClient, projectId: string, id: string) {
  const row = await tx.branch.findFirst({ where: { id, projectId }, select: SELECT });
  if (!row) throw notFound("branch");
  return present(row);
}

export async function listBranches(scope: TProjectScope): Promise<TBranch[]> {
  const rows = await scope.db.branch.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map(present);
}

export async function createBranch(
  scope: TProjectScope,
  input: { name: string; city?: string; address?: string },
): Promise<TBranch> {
  return createOrgRow(scope, async (tx) =>
    present(
      await tx.branch.create({
        data: {
          projectId: scope.project.id,
          name: input.name,
          city: input.city ?? null,
          address: input.address ?? null,
        },
        select: SELECT,
      }),
    ),
  ).catch((error: unknown) => {
    throw uniqueTaken(error, "name", input.name, "branch");
  });
}

export async function updateBranch(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    name?: string;
    city?: string | null;
    address?: string | null;
  },
): Promise<TBranch> {
  const { id, version, ...changes } = input;
  return updateOrgRow(scope, {
    entity: "branch",
    id,
    version,
    find: (tx) => findOrThrow(tx, scope.project.id, id),
    save: async (tx) =>
      present(
        await tx.branch.update({
          where: { id, version },
          data: { ...changes, version: { increment: 1 } },
          select: SELECT,
        }),
      ),
  }).catch((error: unknown) => {
    throw uniqueTaken(error, "name", input.name ?? "", "branch");
  });
}

/** Deletes a branch no employee belongs to. */
export async function deleteBranch(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  assertOrgDelete(scope, "branch");
  await deleteOrgRow(scope, {
    entity: "branch",
    ...input,
    find: (tx) => findOrThrow(tx, scope.project.id, input.id),
    assertUnused: (_tx, before) => {
      const n = before.employeeCount;
      if (n === 0) return;
      throw new AppError("CONFLICT", {
        key: n === 1 ? "org.branchHasEmployee" : "org.branchHasEmployees",
        params: { name: before.name, count: n },
      });
    },
    remove: (tx, before) =>
      tx.branch
        .deleteMany({ where: { id: input.id, version: input.version } })
        .catch((error: unknown) => {
          throw stillReferenced(error, before.name);
        }),
  });
}
