// The fixed words of the permission model (PERMISSIONS.md, data contract). Everything the
// engine accepts is checked against these lists at run time too: grants come from a
// database and the engine never trusts a string it does not know.

export const RESOURCES = [
  "company",
  "contact",
  "object",
  "deal",
  "interest",
  "activity",
  "task",
  "reminder",
  "document",
  "invoice",
  "product",
  "report",
  "settings.org",
  "settings.employees",
  "settings.roles",
  "settings.fields",
  "settings.pipeline",
  "settings.security",
  "audit",
] as const;
export type Resource = (typeof RESOURCES)[number];

/** Resources whose records carry the permission facts (responsible, department, direction). */
export const RECORD_RESOURCES = [
  "company",
  "contact",
  "object",
  "deal",
  "interest",
  "activity",
  "task",
  "reminder",
  "document",
  "invoice",
] as const satisfies readonly Resource[];
export type RecordResource = (typeof RECORD_RESOURCES)[number];

export const ACTIONS = ["view", "create", "edit", "delete", "export", "import", "assign"] as const;
export type Action = (typeof ACTIONS)[number];

/** Narrow to wide; the order matters (explanations and evaluation try narrow scopes first). */
export const SCOPES = [
  "none",
  "own",
  "subordinates",
  "department",
  "direction",
  "project",
] as const;
export type Scope = (typeof SCOPES)[number];

export const USER_TYPES = ["admin", "administration", "employee"] as const;
export type UserType = (typeof USER_TYPES)[number];

export const EMPLOYEE_STATUSES = ["active", "ip_restricted", "blocked"] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export const FIELD_ACCESS = ["hidden", "read", "write"] as const;
export type FieldAccess = (typeof FIELD_ACCESS)[number];

export const OVERRIDE_EFFECTS = ["allow", "deny"] as const;
export type OverrideEffect = (typeof OVERRIDE_EFFECTS)[number];

const resourceSet: ReadonlySet<string> = new Set(RESOURCES);
const recordResourceSet: ReadonlySet<string> = new Set(RECORD_RESOURCES);
const actionSet: ReadonlySet<string> = new Set(ACTIONS);
const scopeSet: ReadonlySet<string> = new Set(SCOPES);

export function isResource(value: unknown): value is Resource {
  return typeof value === "string" && resourceSet.has(value);
}

export function isRecordResource(value: unknown): value is RecordResource {
  return typeof value === "string" && recordResourceSet.has(value);
}

export function isAction(value: unknown): value is Action {
  return typeof value === "string" && actionSet.has(value);
}

export function isScope(value: unknown): value is Scope {
  return typeof value === "string" && scopeSet.has(value);
}

/**
 * Scopes a grant may use on a resource. Record resources use the whole ladder; product is
 * project-wide master data with no responsible; reports, settings and the audit log are
 * switched on or off for the project as a whole.
 */
export function allowedScopes(resource: Resource): readonly Scope[] {
  return isRecordResource(resource) ? SCOPES : ["none", "project"];
}

export function scopeRank(scope: Scope): number {
  return SCOPES.indexOf(scope);
}
