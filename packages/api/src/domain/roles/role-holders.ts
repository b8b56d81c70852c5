import type { Prisma } from "@charter/db/client";

import type { TDbClient, TProjectScope } from "../access/project-scope";
import type { TEmployeeCursor } from "../employees/employee-cursor";
import { missing } from "./access-errors";

const ASSIGNMENT_SELECT = {
  id: true,
  expiresAt: true,
  version: true,
  employee: { select: { id: true, name: true, userType: true } },
} as const satisfies Prisma.RoleAssignmentSelect;

type TAssignmentRow = Prisma.RoleAssignmentGetPayload<{ select: typeof ASSIGNMENT_SELECT }>;

export type THolder = {
  assignmentId: string;
  employeeId: string;
  name: string;
  userType: "admin" | "administration" | "employee";
  expiresAt: Date | null;
  /** False once the assignment has expired: the role no longer counts for them. */
  active: boolean;
  version: number;
};

function presentHolder(row: TAssignmentRow, now: Date): THolder {
  return {
    assignmentId: row.id,
    employeeId: row.employee.id,
    name: row.employee.name,
    userType: row.employee.userType,
    expiresAt: row.expiresAt,
    active: !row.expiresAt || row.expiresAt.getTime() > now.getTime(),
    version: row.version,
  };
}

// An employee holds a role at most once, so (name, employee id) orders the holders totally.
const BY_NAME = [
  { employee: { name: "asc" } },
  { employeeId: "asc" },
] as const satisfies Prisma.RoleAssignmentOrderByWithRelationInput[];

/**
 * Who holds a role of the caller's project, expired assignments included, by name a page at
 * a time, with how many there are in all; NOT_FOUND for a role of another project or none.
 */
export async function findRoleHolders(
  scope: TProjectScope,
  input: { roleId: string; cursor?: TEmployeeCursor | undefined; limit: number },
): Promise<{ total: number; items: THolder[]; nextCursor: TEmployeeCursor | null }> {
  const now = scope.subject.context.now;
  const role = await scope.db.role.findFirst({
    where: { id: input.roleId, projectId: scope.project.id },
    select: { id: true },
  });
  if (!role) throw missing("role");
  const { cursor } = input;
  const after: Prisma.RoleAssignmentWhereInput = cursor
    ? {
        OR: [
          { employee: { name: { gt: cursor.name } } },
          { employee: { name: cursor.name }, employeeId: { gt: cursor.id } },
        ],
      }
    : {};
  const [total, rows] = await scope.db.$transaction([
    scope.db.roleAssignment.count({ where: { roleId: role.id } }),
    scope.db.roleAssignment.findMany({
      where: { AND: [{ roleId: role.id }, after] },
      orderBy: [...BY_NAME],
      take: input.limit + 1,
      select: ASSIGNMENT_SELECT,
    }),
  ]);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    total,
    items: items.map((row) => presentHolder(row, now)),
    nextCursor:
      rows.length > input.limit && last ? { name: last.employee.name, id: last.employee.id } : null,
  };
}

/** Every holder of a role, for what must see them all at once (a deletion's audit entry). */
export async function findAllRoleHolders(
  client: TDbClient,
  roleId: string,
  now: Date,
): Promise<THolder[]> {
  const rows = await client.roleAssignment.findMany({
    where: { roleId },
    orderBy: [...BY_NAME],
    select: ASSIGNMENT_SELECT,
  });
  return rows.map((row) => presentHolder(row, now));
}
