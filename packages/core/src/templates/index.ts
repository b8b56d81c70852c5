import type { SubjectRole } from "../engine/types";
import { RAMISYS_TEMPLATES } from "./ramisys";
import { SIMPLEONE_TEMPLATES } from "./simpleone";
import type { RoleTemplate } from "./types";
import { WORK_GROUP_TEMPLATES } from "./work-groups";

export type { RoleTemplate, TemplateSource } from "./types";

/** Every built-in role template of SPEC D2, in the guides' order. */
export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  ...RAMISYS_TEMPLATES,
  ...SIMPLEONE_TEMPLATES,
  ...WORK_GROUP_TEMPLATES,
];

export function findRoleTemplate(key: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find((template) => template.key === key);
}

/** The template as a role held by a subject (for seeding, previews and tests). */
export function roleFromTemplate(
  template: RoleTemplate,
  assignment: { id?: string; expiresAt?: Date | null } = {},
): SubjectRole {
  return {
    id: assignment.id ?? `template:${template.key}`,
    name: template.name,
    key: template.key,
    readOnly: template.readOnly,
    expiresAt: assignment.expiresAt ?? null,
    grants: template.grants,
    fieldRules: template.fieldRules,
  };
}
