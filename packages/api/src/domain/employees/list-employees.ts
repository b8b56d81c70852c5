import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { escapeLike } from "../search/escape-like";
import { encodeEmployeeCursor, type TEmployeeCursor } from "./employee-cursor";
import {
  EMPLOYEE_SELECT,
  missingEmployee,
  presentEmployee,
  type TEmployee,
} from "./employee-select";
import { maySeeHiddenEmployees } from "./employee-target";

/**
 * Who the caller may see: the project's employees, without those kept out of the list
 * unless the caller may edit employees (C1). One's own row always shows.
 */
function visibleWhere(scope: TProjectScope): Prisma.EmployeeWhereInput {
  const where: Prisma.EmployeeWhereInput = { projectId: scope.project.id };
  if (maySeeHiddenEmployees(scope)) return where;
  return { ...where, OR: [{ shownInList: true }, { id: scope.subject.employeeId }] };
}

/** Search by name or login e-mail, literally; ordered by name, the id breaking ties. */
export async function listEmployees(
  scope: TProjectScope,
  input: { search?: string | undefined; cursor?: TEmployeeCursor | undefined; limit: number },
): Promise<{ items: TEmployee[]; nextCursor: string | null }> {
  const search: Prisma.EmployeeWhereInput = input.search
    ? {
        OR: [
          { name: { contains: escapeLike(input.search), mode: "insensitive" } },
          { user: { email: { contains: escapeLike(input.search), mode: "insensitive" } } },
        ],
      }
    : {};
  const after: Prisma.EmployeeWhereInput = input.cursor
    ? {
        OR: [
          { name: { gt: input.cursor.name } },
          { name: input.cursor.name, id: { gt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await scope.db.employee.findMany({
    where: { AND: [visibleWhere(scope), search, after] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: EMPLOYEE_SELECT,
  });
  const items = rows.slice(0, input.limit).map(presentEmployee);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeEmployeeCursor(last) : null,
  };
}

/** One employee; one hidden from the caller is answered as a missing id. */
export async function getEmployee(scope: TProjectScope, id: string): Promise<TEmployee> {
  const row = await scope.db.employee.findFirst({
    where: { AND: [visibleWhere(scope), { id }] },
    select: EMPLOYEE_SELECT,
  });
  if (!row) throw missingEmployee();
  return presentEmployee(row);
}
