import { FIELD_ACCESS, USER_TYPES, ZOverrideEffect, ZScope } from "@charter/core/engine";
import { z } from "zod";

// Shared by the roles, groups and overrides procedures' input and output schemas.

export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export const ZRoleName = z.string().trim().min(1, "Give the role a name.").max(100);
export const ZDescription = z.string().trim().max(500, "A description has at most 500 characters.");
export const ZNone = z.strictObject({});
export const ZRef = (what: string) => z.strictObject({ id: ZId(what), version: ZVersion });
export const ZDeleted = z.object({ id: z.string() });

/**
 * Resource, action, scope and effect are plain strings here on purpose: the engine checks them
 * at save time with messages that name what is allowed (domain/roles/validate-rules.ts).
 */
export const ZWord = (field: string) =>
  z.string(`${field} must be a string.`).trim().max(60, `${field} has at most 60 characters.`);

/** The engine's condition language (PERMISSIONS.md); null or absent means "always". */
export const ZConditionInput = z.json().optional();

// Stored words were checked by the engine and the database when saved; answered as strings.
export const ZGrant = z.object({
  id: z.string(),
  resource: z.string(),
  action: z.string(),
  scope: ZScope,
  /** The condition as stored (PERMISSIONS.md's JSON language), null for none. */
  condition: z.unknown(),
  version: z.number().int(),
});

export const ZGrantInput = {
  resource: ZWord("resource"),
  action: ZWord("action"),
  scope: ZWord("scope"),
  condition: ZConditionInput,
};

export const ZFieldAccess = z.enum(FIELD_ACCESS, {
  error: "access must be hidden, read or write.",
});

export const ZFieldRule = z.object({
  id: z.string(),
  resource: z.string(),
  field: z.string(),
  access: ZFieldAccess,
  version: z.number().int(),
});

export const ZUserType = z.enum(USER_TYPES);

export const ZHolder = z.object({
  assignmentId: z.string(),
  employeeId: z.string(),
  name: z.string(),
  userType: ZUserType,
  expiresAt: z.date().nullable(),
  /** False once the assignment has expired. */
  active: z.boolean(),
  version: z.number().int(),
});

export const ZRoleSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** The built-in template (SPEC D2) the role was copied from, if any. */
  templateKey: z.string().nullable(),
  readOnly: z.boolean(),
  version: z.number().int(),
  updatedAt: z.date(),
  /** Employees who hold it now (expired assignments not counted). */
  holderCount: z.number().int(),
});

/** Who holds it is paged on its own: `roles.holders`. */
export const ZRole = ZRoleSummary.extend({
  grants: z.array(ZGrant),
  fieldRules: z.array(ZFieldRule),
});

export const ZAssignment = z.object({
  assignmentId: z.string(),
  employeeId: z.string(),
  roleId: z.string(),
  roleName: z.string(),
  expiresAt: z.date().nullable(),
  version: z.number().int(),
});

export const ZOverride = z.object({
  id: z.string(),
  employeeId: z.string(),
  resource: z.string(),
  action: z.string(),
  effect: ZOverrideEffect,
  condition: z.unknown(),
  note: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
