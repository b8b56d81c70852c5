import type { Prisma } from "@charter/db/client";

// What the roles settings read and answer: a role with its grants, field rules and how many
// hold it. Who holds it is paged on its own (role-holders.ts): a role may have many holders.

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
    _count: { select: { assignments: { where: activeAssignment(now) } } },
  } as const satisfies Prisma.RoleSelect;
}

type TRoleDetailRow = Prisma.RoleGetPayload<{ select: ReturnType<typeof roleDetailSelect> }>;

export type TRoleDetail = TRoleFields & {
  holderCount: number;
  grants: TGrantRow[];
  fieldRules: TFieldRuleRow[];
};

export function presentRoleDetail(row: TRoleDetailRow): TRoleDetail {
  const { _count, ...role } = row;
  return { ...role, holderCount: _count.assignments };
}
