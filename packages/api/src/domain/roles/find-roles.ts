import type { TProjectScope } from "../access/project-scope";
import { missing } from "./access-errors";
import {
  activeAssignment,
  presentRoleDetail,
  ROLE_FIELDS_SELECT,
  roleDetailSelect,
  type TRoleDetail,
  type TRoleFields,
} from "./role-select";
import type { TDbClient } from "../access/project-scope";

export type TRoleSummary = TRoleFields & { holderCount: number };

/** The project's roles by name, each with how many employees hold it now. */
export async function listRoles(scope: TProjectScope): Promise<TRoleSummary[]> {
  const now = scope.subject.context.now;
  const rows = await scope.db.role.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...ROLE_FIELDS_SELECT,
      _count: { select: { assignments: { where: activeAssignment(now) } } },
    },
  });
  return rows.map(({ _count, ...role }) => ({ ...role, holderCount: _count.assignments }));
}

/** A role of the caller's project with its grants, field rules and holder count; NOT_FOUND otherwise. */
export async function findRoleOrThrow(
  scope: TProjectScope,
  id: string,
  client: TDbClient = scope.db,
): Promise<TRoleDetail> {
  const now = scope.subject.context.now;
  const row = await client.role.findFirst({
    where: { id, projectId: scope.project.id },
    select: roleDetailSelect(now),
  });
  if (!row) throw missing("role");
  return presentRoleDetail(row);
}
