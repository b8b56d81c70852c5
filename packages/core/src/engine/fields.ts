import { checkStanding } from "./decide";
import { canReachAny } from "./filter";
import { isRoleActive } from "./plan";
import type { EngineOptions } from "./subject-plans";
import type { Subject, SubjectRole } from "./types";
import type { FieldAccess, Resource } from "./vocabulary";

// Which fields of a resource the subject may read and write (PERMISSIONS.md "Fields").
// Record reach is decide's job; this answers per field, for the subject in general.

export type SectionSpec = {
  id: string;
  /** CRM group ids; empty means the section is open to everyone. */
  limitedToGroups: readonly string[];
  /** Keys of the section's custom fields. */
  fields: readonly string[];
};

export type FieldCatalog = {
  builtInFields: readonly string[];
  sections: readonly SectionSpec[];
};

export type FieldVisibility = {
  fields: Record<string, FieldAccess>;
  sections: Record<string, FieldAccess>;
  customFields: Record<string, FieldAccess>;
  /** Built-in and custom field names the subject may read, and may write. */
  readable: string[];
  writable: string[];
};

const RANK: Record<FieldAccess, number> = { hidden: 0, read: 1, write: 2 };

function lower(a: FieldAccess, b: FieldAccess): FieldAccess {
  return RANK[a] <= RANK[b] ? a : b;
}

function higher(a: FieldAccess, b: FieldAccess): FieldAccess {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Roles whose field rules count for the resource: those that give some access to it. */
function speaks(role: SubjectRole, resource: Resource): boolean {
  return (
    role.grants.some((grant) => grant.resource === resource && grant.scope !== "none") ||
    (role.fieldRules ?? []).some((rule) => rule.resource === resource)
  );
}

function ceilingOf(subject: Subject, resource: Resource, options?: EngineOptions): FieldAccess {
  if (checkStanding(subject)) return "hidden";
  if (!canReachAny(subject, "view", resource, options)) return "hidden";
  const writes =
    canReachAny(subject, "edit", resource, options) ||
    canReachAny(subject, "create", resource, options);
  return writes ? "write" : "read";
}

export function visibleFields(
  subject: Subject,
  resource: Resource,
  catalog: FieldCatalog,
  options?: EngineOptions,
): FieldVisibility {
  const ceiling = ceilingOf(subject, resource, options);
  const isAdmin = subject.userType === "admin";
  const roles = subject.roles.filter(
    (role) => isRoleActive(role, subject.context.now) && speaks(role, resource),
  );

  const fields: Record<string, FieldAccess> = {};
  for (const field of catalog.builtInFields) {
    let access: FieldAccess = isAdmin || roles.length === 0 ? "write" : "hidden";
    if (!isAdmin) {
      for (const role of roles) {
        const rule = role.fieldRules?.find((r) => r.resource === resource && r.field === field);
        access = higher(access, rule?.access ?? "write");
      }
    }
    fields[field] = lower(access, ceiling);
  }

  const groupIds = new Set(subject.groups.map((group) => group.id));
  const sections: Record<string, FieldAccess> = {};
  const customFields: Record<string, FieldAccess> = {};
  for (const section of catalog.sections) {
    // An Admin has full access by definition, so group limits do not apply to them.
    const open =
      isAdmin ||
      section.limitedToGroups.length === 0 ||
      section.limitedToGroups.some((id) => groupIds.has(id));
    const access = lower(open ? "write" : "hidden", ceiling);
    sections[section.id] = access;
    for (const field of section.fields) customFields[field] = access;
  }

  const all = { ...fields, ...customFields };
  return {
    fields,
    sections,
    customFields,
    readable: Object.keys(all).filter((name) => all[name] !== "hidden"),
    writable: Object.keys(all).filter((name) => all[name] === "write"),
  };
}
