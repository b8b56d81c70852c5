import type { Prisma, PrismaClient } from "@charter/db/client";

import { notFound } from "../access/find-visible-or-throw";
import type { TDbClient } from "../access/project-scope";
import type { TKeysetCursor } from "../pagination/keyset-cursor";
import { escapeLike } from "../search/escape-like";
import { OBJECT_SELECT, type TObjectRow } from "./object-select";

/**
 * The objects within reach, newest change first, searched by name and address (literally,
 * case-insensitive); the id breaks ties so a page boundary never skips or repeats a row.
 */
export async function listObjects(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.CrmObjectWhereInput;
    search?: string | undefined;
    cursor?: TKeysetCursor | undefined;
    limit: number;
  },
): Promise<{ items: TObjectRow[]; nextCursor: TKeysetCursor | null }> {
  const contains = input.search
    ? ({ contains: escapeLike(input.search), mode: "insensitive" } as const)
    : null;
  const rows = await db.crmObject.findMany({
    where: {
      AND: [
        input.reach,
        { projectId: input.projectId },
        contains ? { OR: [{ name: contains }, { address: contains }] } : {},
        input.cursor
          ? {
              OR: [
                { updatedAt: { lt: input.cursor.updatedAt } },
                { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: OBJECT_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null;
  return { items, nextCursor };
}

/** One object within reach; outside reach it does not exist (D7). */
export async function findObjectOrThrow(
  db: TDbClient,
  where: { id: string; reach: Prisma.CrmObjectWhereInput },
): Promise<TObjectRow> {
  const row = await db.crmObject.findFirst({
    where: { AND: [{ id: where.id }, where.reach] },
    select: OBJECT_SELECT,
  });
  if (!row) throw notFound("object");
  return row;
}
