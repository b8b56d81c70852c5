import { ROLE_TEMPLATES } from "@charter/core/templates";
import type { Prisma } from "../client";
import type { TSeededProject } from "./seed-org";
import { stableId } from "./stable-id";

export function roleId(ids: TSeededProject, templateKey: string): string {
  return stableId(`role:${ids.project.key}:${templateKey}`);
}

/**
 * Copies every built-in role template (SPEC D2) into a project as an editable role, with its
 * grants and field rules. `roleIdOf` names each role; grant and rule ids follow from it, so
 * copying again with the same names adds nothing. Used by the seed and by project creation.
 */
export async function copyRoleTemplates(
  tx: Prisma.TransactionClient,
  projectId: string,
  roleIdOf: (templateKey: string) => string = (key) => stableId(`role:${projectId}:${key}`),
): Promise<void> {
  await tx.role.createMany({
    skipDuplicates: true,
    data: ROLE_TEMPLATES.map((template) => ({
      id: roleIdOf(template.key),
      projectId,
      templateKey: template.key,
      name: template.name,
      description: template.description,
      readOnly: template.readOnly,
    })),
  });
  await tx.grant.createMany({
    skipDuplicates: true,
    data: ROLE_TEMPLATES.flatMap((template) =>
      template.grants.map((grant, index) => ({
        id: stableId(`grant:${roleIdOf(template.key)}:${index}`),
        roleId: roleIdOf(template.key),
        resource: grant.resource,
        action: grant.action,
        scope: grant.scope,
        condition: grant.condition ?? undefined,
      })),
    ),
  });
  await tx.fieldRule.createMany({
    skipDuplicates: true,
    data: ROLE_TEMPLATES.flatMap((template) =>
      (template.fieldRules ?? []).map((rule) => ({
        id: stableId(`field-rule:${roleIdOf(template.key)}:${rule.resource}:${rule.field}`),
        roleId: roleIdOf(template.key),
        resource: rule.resource,
        field: rule.field,
        access: rule.access,
      })),
    ),
  });
}

// Every template becomes a role of each demo project, held by the demo people.
export async function seedRoles(tx: Prisma.TransactionClient, ids: TSeededProject): Promise<void> {
  const { projectId, project } = ids;
  await copyRoleTemplates(tx, projectId, (key) => roleId(ids, key));
  await tx.roleAssignment.createMany({
    skipDuplicates: true,
    data: project.people.flatMap((person) =>
      person.roleKeys.map((roleKey) => ({
        id: stableId(`assignment:${project.key}:${person.key}:${roleKey}`),
        employeeId: ids.employeeId(person.key),
        roleId: roleId(ids, roleKey),
      })),
    ),
  });
}

type TGroupSpec = {
  key: string;
  name: string;
  description: string;
  members: { person: string; manager?: boolean }[];
  grants: {
    resource: string;
    action: string;
    scope: "own" | "subordinates" | "department" | "direction" | "project";
    condition?: Prisma.InputJsonValue;
  }[];
};

// CRM groups (D3) and the per-user overrides of D4, on the people who exist in a project.
const GROUPS: TGroupSpec[] = [
  {
    key: "key_accounts",
    name: "Key accounts",
    description: "Look after the largest customers across both sales teams.",
    members: [{ person: "petrov", manager: true }, { person: "ivanova" }, { person: "horakova" }],
    grants: [
      { resource: "company", action: "view", scope: "department" },
      { resource: "deal", action: "view", scope: "department" },
    ],
  },
  {
    key: "call_monitoring",
    name: "Call monitoring",
    description: "May listen in on every employee's calls (C4).",
    members: [{ person: "dvorakova", manager: true }, { person: "cerny" }],
    grants: [
      {
        resource: "activity",
        action: "view",
        scope: "project",
        condition: { op: "eq", path: "kind", value: "call" },
      },
    ],
  },
  {
    // An allow override only reaches its holder's natural scope (her own team), so watching
    // everyone's tasks is a group's project-wide grant, like call monitoring.
    key: "task_watchers",
    name: "Task watchers",
    description: "May view every employee's tasks without taking part in them (C4).",
    members: [{ person: "dvorakova", manager: true }],
    grants: [{ resource: "task", action: "view", scope: "project" }],
  },
];

const OVERRIDES = [
  {
    person: "horakova",
    resource: "activity",
    action: "delete",
    effect: "deny",
    note: "Activities stay for the audit of the Brno team.",
  },
  {
    person: "ivanova",
    resource: "contact",
    action: "delete",
    effect: "allow",
    note: "Cleans up duplicate contacts (with their notes and reminders).",
  },
] as const;

export async function seedGroupsAndOverrides(
  tx: Prisma.TransactionClient,
  ids: TSeededProject,
): Promise<void> {
  const { projectId, project } = ids;
  const present = new Set(project.people.map((person) => person.key));
  const groupId = (key: string): string => stableId(`group:${project.key}:${key}`);
  await tx.crmGroup.createMany({
    skipDuplicates: true,
    data: GROUPS.map((group) => ({
      id: groupId(group.key),
      projectId,
      name: group.name,
      description: group.description,
    })),
  });
  await tx.crmGroupMember.createMany({
    skipDuplicates: true,
    data: GROUPS.flatMap((group) =>
      group.members
        .filter((member) => present.has(member.person))
        .map((member) => ({
          groupId: groupId(group.key),
          employeeId: ids.employeeId(member.person),
          isManager: member.manager ?? false,
        })),
    ),
  });
  await tx.grant.createMany({
    skipDuplicates: true,
    data: GROUPS.flatMap((group) =>
      group.grants.map((grant, index) => ({
        id: stableId(`grant:${groupId(group.key)}:${index}`),
        groupId: groupId(group.key),
        ...grant,
      })),
    ),
  });
  await tx.permissionOverride.createMany({
    skipDuplicates: true,
    data: OVERRIDES.filter((override) => present.has(override.person)).map((override) => ({
      id: stableId(
        `override:${project.key}:${override.person}:${override.resource}:${override.action}`,
      ),
      employeeId: ids.employeeId(override.person),
      resource: override.resource,
      action: override.action,
      effect: override.effect,
      note: override.note,
    })),
  });
}
