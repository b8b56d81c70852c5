import type { Prisma } from "@charter/db/client";

// What the roles settings read and answer: a role with its grants, field rules and holders.

export const GRANT_SELECT = {
  id: true,
  resource: true,
  action: true,
  scope: true,
  condition: true,
  version: true,
} as const satisfies Prisma.GrantSelect;

export type TGrantRow = Prisma.GrantGetPayload<{ select: typeof GRANT_SELECT }>;

export const FIELD_RULE_SELECT = {
  id: true,
  resource: true,
  field: true,
  access: true,
  version: true,
} as const satisfies Prisma.FieldRuleSelect;

export type TFieldRuleRow = Prisma.FieldRuleGetPayload<{ select: typeof FIELD_RULE_SELECT }>;

export const ROLE_FIELDS_SELECT = {
  id: true,
  name: true,
  description: true,
  templateKey: true,
  readOnly: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.RoleSelect;

export type TRoleFields = Prisma.RoleGetPayload<{ select: typeof ROLE_FIELDS_SELECT }>;

/** Assignments that still count at `now`: an expired one gives nothing. */
export function activeAssignment(now: Date): Prisma.RoleAssignmentWhereInput {
  return { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

export function roleDetailSelect(now: Date) {
  return {
    ...ROLE_FIELDS_SELECT,
    grants: {
      orderBy: [{ resource: "asc" }, { action: "asc" }, { id: "asc" }],
      select: GRANT_SELECT,
    },
    fieldRules: { orderBy: [{ resource: "asc" }, { field: "asc" }], select: FIELD_RULE_SELECT },
    assignments: {
      orderBy: [{ employee: { name: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        expiresAt: true,
        version: true,
        employee: { select: { id: true, name: true, userType: true } },
      },
    },
    _count: { select: { assignments: { where: activeAssignment(now) } } },
  } as const satisfies Prisma.RoleSelect;
}

type TRoleDetailRow = Prisma.RoleGetPayload<{ select: ReturnType<typeof roleDetailSelect> }>;

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

export type TRoleDetail = TRoleFields & {
  holderCount: number;
  grants: TGrantRow[];
  fieldRules: TFieldRuleRow[];
  holders: THolder[];
};

export function presentRoleDetail(row: TRoleDetailRow, now: Date): TRoleDetail {
  const { _count, assignments, ...role } = row;
  return {
    ...role,
    holderCount: _count.assignments,
    holders: assignments.map((assignment) => ({
      assignmentId: assignment.id,
      employeeId: assignment.employee.id,
      name: assignment.employee.name,
      userType: assignment.employee.userType,
      expiresAt: assignment.expiresAt,
      active: !assignment.expiresAt || assignment.expiresAt.getTime() > now.getTime(),
      version: assignment.version,
    })),
  };
}
