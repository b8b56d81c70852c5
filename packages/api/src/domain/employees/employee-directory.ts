import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { escapeLike } from "../search/escape-like";
import { buildUsableEmployeeWhere } from "../session/usable-employee-where";
import { encodeEmployeeCursor, type TEmployeeCursor } from "./employee-cursor";

const DIRECTORY_SELECT = {
  id: true,
  name: true,
  position: true,
  department: { select: { id: true, name: true } },
} as const satisfies Prisma.EmployeeSelect;

export type TDirectoryEntry = Prisma.EmployeeGetPayload<{ select: typeof DIRECTORY_SELECT }>;

/**
 * The people a picker offers (a responsible, a task's assignee, a report's filter): the
 * project's employees shown in the employee list (C1) who can still act — not blocked, access
 * not expired (E2), exactly those an assign accepts. Names, positions and departments only:
 * no e-mail, phone or status, since every employee of the project may read it.
 */
export async function listEmployeeDirectory(
  scope: Pick<TProjectScope, "db" | "project" | "subject">,
  input: { search?: string | undefined; cursor?: TEmployeeCursor | undefined; limit: number },
): Promise<{ items: TDirectoryEntry[]; nextCursor: string | null }> {
  const contains = input.search
    ? ({ contains: escapeLike(input.search), mode: "insensitive" } as const)
    : null;
  const search: Prisma.EmployeeWhereInput = contains
    ? { OR: [{ name: contains }, { position: contains }, { department: { name: contains } }] }
    : {};
  // By name, the id breaking ties: the same keyset order as the settings list.
  const after: Prisma.EmployeeWhereInput = input.cursor
    ? {
        OR: [
          { name: { gt: input.cursor.name } },
          { name: input.cursor.name, id: { gt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await scope.db.employee.findMany({
    where: {
      AND: [
        { projectId: scope.project.id, shownInList: true },
        buildUsableEmployeeWhere(scope.subject.context.now),
        search,
        after,
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: DIRECTORY_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeEmployeeCursor(last) : null,
  };
}
