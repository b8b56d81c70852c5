import {
  formatIssues,
  isRecordResource,
  isResource,
  RECORD_RESOURCES,
  validateGrant,
  validateOverride,
  type Grant,
  type Override,
  type Resource,
  type ValidationIssue,
} from "@charter/core/engine";

import { AppError } from "../../errors";
import { LIMITABLE_FIELDS } from "../fields/built-in-fields";

// What an admin types is checked by the engine's own validators when it is saved, so a rule
// the engine could not read is never stored. The database refuses unknown words too, but only
// with a constraint name; these messages name the field, the problem and what is allowed.

function invalid(thing: keyof typeof INVALID_RULES, issues: readonly ValidationIssue[]) {
  return new AppError("INVALID_INPUT", {
    key: INVALID_RULES[thing],
    params: { detail: formatIssues(issues) },
  });
}

const INVALID_RULES = {
  grant: "roles.invalidGrant",
  groupGrant: "roles.invalidGroupGrant",
  override: "roles.invalidOverride",
  fieldRule: "roles.invalidFieldRule",
} as const;

export type TGrantInput = {
  resource: string;
  action: string;
  scope: string;
  condition?: unknown;
};

/** A role's grant: any resource, action and scope the engine knows; a condition it can read. */
export function assertValidGrant(input: TGrantInput): Grant {
  const result = validateGrant({ ...input, condition: input.condition ?? null });
  if (!result.ok) throw invalid("grant", result.issues);
  return result.value;
}

/**
 * A CRM group's grant. Groups are sharing circles that only add (D3, docs/permissions.md):
 * they carry rights on records, never on settings, and `none` would add nothing.
 */
export function assertValidGroupGrant(input: TGrantInput): Grant {
  const grant = assertValidGrant(input);
  const issues: ValidationIssue[] = [];
  if (!isRecordResource(grant.resource)) {
    issues.push({
      path: "resource",
      message: `A group carries rights on records only (${RECORD_RESOURCES.join(", ")}); give rights on ${grant.resource} through a role.`,
    });
  }
  if (grant.scope === "none") {
    issues.push({
      path: "scope",
      message:
        "A group only adds rights, so scope none would add nothing; remove the grant instead.",
    });
  }
  if (issues.length > 0) throw invalid("groupGrant", issues);
  return grant;
}

export type TOverrideInput = {
  resource: string;
  action: string;
  effect: string;
  condition?: unknown;
};

export function assertValidOverride(input: TOverrideInput): Override {
  const result = validateOverride({ ...input, condition: input.condition ?? null });
  if (!result.ok) throw invalid("override", result.issues);
  return result.value;
}

// Identity, the responsible, the permission facts and the version are never limited: without
// them a record cannot be named, judged or saved.
const NEVER_LIMITED = new Set([
  "id",
  "projectId",
  "responsibleId",
  "departmentId",
  "directionId",
  "version",
  "createdAt",
  "updatedAt",
]);

const FIELD_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

/**
 * A built-in field rule (PERMISSIONS.md "Fields"): a record resource and one of its fields.
 * Where the API lists a resource's limitable fields (`LIMITABLE_FIELDS`), only those.
 */
export function assertValidFieldRule(input: { resource: string; field: string }): {
  resource: Resource;
  field: string;
} {
  const issues: ValidationIssue[] = [];
  const { resource, field } = input;
  if (!isResource(resource) || !isRecordResource(resource)) {
    issues.push({
      path: "resource",
      message: `Field rules apply to the built-in fields of records; use one of ${RECORD_RESOURCES.join(", ")}.`,
    });
  } else {
    const listed: readonly string[] | undefined =
      LIMITABLE_FIELDS[resource as keyof typeof LIMITABLE_FIELDS];
    if (NEVER_LIMITED.has(field)) {
      issues.push({
        path: "field",
        message: `${field} identifies or places the record and cannot be hidden or made read-only.`,
      });
    } else if (listed && !listed.includes(field)) {
      issues.push({
        path: "field",
        message: `Unknown field "${field}" on ${resource}; use one of ${listed.join(", ")}.`,
      });
    } else if (!FIELD_NAME.test(field)) {
      issues.push({
        path: "field",
        message: `"${field}" is not a field name; use the field's name as the API spells it, e.g. amount.`,
      });
    }
  }
  if (issues.length > 0) throw invalid("fieldRule", issues);
  return { resource: resource as Resource, field };
}
