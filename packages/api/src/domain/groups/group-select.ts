import type { Prisma } from "@charter/db/client";

import type { TDbClient } from "../access/project-scope";
import { missing } from "../roles/access-errors";
import { GRANT_SELECT, type TGrantRow } from "../roles/role-select";

// What the CRM group settings read and answer (D3): a group, its members and its grants.

export const GROUP_FIELDS_SELECT = {
  id: true,
  name: true,
  description: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.CrmGroupSelect;

const GROUP_DETAIL_SELECT = {
  ...GROUP_FIELDS_SELECT,
  members: {
    orderBy: [{ isManager: "desc" }, { employee: { name: "asc" } }, { employeeId: "asc" }],
    select: {
      isManager: true,
      employee: { select: { id: true, name: true, userType: true } },
    },
  },
  grants: {
    orderBy: [{ resource: "asc" }, { action: "asc" }, { id: "asc" }],
    select: GRANT_SELECT,
  },
} as const satisfies Prisma.CrmGroupSelect;

export type TGroupMember = {
  employeeId: string;
  name: string;
  userType: "admin" | "administration" | "employee";
  isManager: boolean;
};

export type TGroupDetail = Prisma.CrmGroupGetPayload<{ select: typeof GROUP_FIELDS_SELECT }> & {
  members: TGroupMember[];
  grants: TGrantRow[];
};

/** A group of the caller's project with its members and grants; NOT_FOUND otherwise. */
export async function findGroupOrThrow(
  client: TDbClient,
  projectId: string,
  id: string,
): Promise<TGroupDetail> {
  const row = await client.crmGroup.findFirst({
    where: { id, projectId },
    select: GROUP_DETAIL_SELECT,
  });
  if (!row) throw missing("group");
  return {
    ...row,
    members: row.members.map((member) => ({
      employeeId: member.employee.id,
      name: member.employee.name,
      userType: member.employee.userType,
      isManager: member.isManager,
    })),
  };
}

/** The group's fields for the audit log, without its members and grants. */
export function groupFields(group: TGroupDetail) {
  const { id, name, description, version } = group;
  return { id, name, description, version };
}
