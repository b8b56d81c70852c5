import type { FieldRule, Subject } from "@charter/core/engine";
import { FIELD_ACCESS } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { isIpAllowed } from "./ip-allowed";
import { readGrant, readOverride } from "./read-permission-rows";

export type TLoadedSubject = {
  subject: Subject;
  project: { id: string; name: string };
};

const GRANT_SELECT = {
  id: true,
  resource: true,
  action: true,
  scope: true,
  condition: true,
} as const;

/**
 * Everything the engine's `Subject` needs, read fresh for this request: one query for the
 * employee with their active roles, groups, overrides and the project's permissionVersion,
 * and one for the IP ranges when the employee is IP-restricted. Null when the employee is gone.
 */
export async function loadSubject(
  db: PrismaClient,
  input: {
    employeeId: string;
    clientIp: string | null;
    now: Date;
    /** Explaining someone else's rights: judge them as if from an allowed network. */
    assumeIpAllowed?: boolean;
  },
): Promise<TLoadedSubject | null> {
  const { now } = input;
  const employee = await db.employee.findUnique({
    where: { id: input.employeeId },
    select: {
      id: true,
      projectId: true,
      name: true,
      userType: true,
      status: true,
      accessExpiresAt: true,
      managerPath: true,
      departmentId: true,
      branchId: true,
      directionId: true,
      partnerCompanyId: true,
      department: { select: { path: true } },
      project: { select: { id: true, name: true, permissionVersion: true } },
      roleAssignments: {
        where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        select: {
          expiresAt: true,
          role: {
            select: {
              id: true,
              name: true,
              templateKey: true,
              readOnly: true,
              grants: { select: GRANT_SELECT, orderBy: { id: "asc" } },
              fieldRules: { select: { resource: true, field: true, access: true } },
            },
          },
        },
      },
      crmGroups: {
        select: {
          group: {
            select: {
              id: true,
              name: true,
              grants: { select: GRANT_SELECT, orderBy: { id: "asc" } },
            },
          },
        },
      },
      overrides: {
        select: { id: true, resource: true, action: true, effect: true, condition: true },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!employee) return null;

  const ipAllowed =
    input.assumeIpAllowed === true ||
    employee.status !== "ip_restricted" ||
    (input.clientIp !== null && (await isIpAllowed(db, employee.projectId, input.clientIp)));

  const subject: Subject = {
    employeeId: employee.id,
    projectId: employee.projectId,
    name: employee.name,
    userType: employee.userType,
    status: employee.status,
    accessExpiresAt: employee.accessExpiresAt,
    managerPath: employee.managerPath,
    departmentId: employee.departmentId,
    departmentPath: employee.department?.path ?? null,
    directionId: employee.directionId,
    branchId: employee.branchId,
    partnerCompanyId: employee.partnerCompanyId,
    roles: employee.roleAssignments.map(({ role, expiresAt }) => ({
      id: role.id,
      name: role.name,
      key: role.templateKey,
      readOnly: role.readOnly,
      expiresAt,
      grants: role.grants.map(readGrant),
      fieldRules: role.fieldRules.filter(isFieldRule),
    })),
    groups: employee.crmGroups.map(({ group }) => ({
      id: group.id,
      name: group.name,
      grants: group.grants.map(readGrant),
    })),
    overrides: employee.overrides.map(readOverride),
    context: { now, ipAllowed },
    permissionVersion: employee.project.permissionVersion,
  };
  return { subject, project: { id: employee.project.id, name: employee.project.name } };
}

// A field rule naming an unknown resource cannot hide anything the engine knows; keep the
// known ones (the field names are checked against the catalogue by visibleFields).
function isFieldRule(rule: { resource: string; field: string; access: string }): rule is FieldRule {
  return (FIELD_ACCESS as readonly string[]).includes(rule.access);
}
