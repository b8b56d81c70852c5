import type {
  Action,
  EmployeeStatus,
  FieldAccess,
  OverrideEffect,
  Resource,
  Scope,
  UserType,
} from "./vocabulary";

/** A literal in a condition. Strings starting with `$` are variables (`$me`, ...). */
export type ConditionValue = string | number | boolean;

/** The JSON condition language of PERMISSIONS.md, stored in `Grant.condition`. */
export type Condition =
  | { op: "and" | "or"; args: Condition[] }
  | { op: "not"; arg: Condition }
  | { op: "eq" | "ne"; path: string; value: ConditionValue | null }
  | { op: "lt" | "lte" | "gt" | "gte"; path: string; value: number }
  | { op: "in"; path: string; values: ConditionValue[] };

export type Grant = {
  id?: string;
  resource: Resource;
  action: Action;
  scope: Scope;
  condition?: Condition | null;
};

export type Override = {
  id?: string;
  resource: Resource;
  action: Action;
  effect: OverrideEffect;
  condition?: Condition | null;
};

export type FieldRule = { resource: Resource; field: string; access: FieldAccess };

export type SubjectRole = {
  id: string;
  name: string;
  /** The template the role was copied from (`Role.templateKey`), if any. */
  key?: string | null;
  readOnly: boolean;
  /** `RoleAssignment.expiresAt`: the role stops counting at this instant. */
  expiresAt?: Date | null;
  grants: readonly Grant[];
  fieldRules?: readonly FieldRule[];
};

export type SubjectGroup = { id: string; name: string; grants: readonly Grant[] };

export type RequestContext = {
  now: Date;
  /** Whether the client address lies within the project's allowed IP ranges. */
  ipAllowed: boolean;
};

/**
 * The employee acting, as plain data. Treat it as immutable: cached plans are keyed by
 * `permissionVersion` (and by object identity within a request), so a changed subject must
 * come with a new version number.
 */
export type Subject = {
  employeeId: string;
  projectId: string;
  name?: string;
  userType: UserType;
  status: EmployeeStatus;
  accessExpiresAt: Date | null;
  /** `/top/.../me/`, always ending with this employee's id. */
  managerPath: string;
  departmentId: string | null;
  /** The department's materialised path (`/root/child/`), null without a department. */
  departmentPath: string | null;
  directionId: string | null;
  branchId: string | null;
  /** Partner-portal users belong to a partner company (`$myPartnerCompany`). */
  partnerCompanyId?: string | null;
  roles: readonly SubjectRole[];
  groups: readonly SubjectGroup[];
  overrides: readonly Override[];
  context: RequestContext;
  /** The project's permission version; absent means "do not cache anything for me". */
  permissionVersion?: number;
};

/**
 * A record as the engine reads it: the data contract's field and relation names, e.g.
 * `{ projectId, responsibleId, departmentId, directionId, responsible: { managerPath },
 * department: { path }, partner: { responsibleId } }`. `requiredFacts(resource)` lists
 * the paths a caller must load.
 */
export type EngineRecord = { readonly [field: string]: unknown };

/** id → display name, for explanations (employees, departments, directions, companies). */
export type Directory = Readonly<Record<string, string>>;

export type GrantSource =
  | { kind: "role"; id: string; name: string; key?: string | null }
  | { kind: "group"; id: string; name: string }
  | { kind: "override"; id?: string }
  | { kind: "default"; userType: UserType };

/** The fact about the record that made a grant's scope cover it. */
export type ScopeFact =
  | { kind: "own"; responsibleId: string }
  | {
      kind: "subordinates";
      responsibleId: string;
      /** Ids from the responsible up to and including the subject. */
      chain: readonly string[];
    }
  | { kind: "department"; departmentId: string; subjectDepartmentId: string }
  | { kind: "direction"; directionId: string }
  | { kind: "project" };

export type AllowReason = {
  step: 6;
  rule: "grant";
  source: GrantSource;
  grant: Grant;
  fact: ScopeFact;
};

export type ProtectedOperation =
  "delete-project" | "change-admin" | "change-own-access" | "missing-target";

export type DenyReason =
  | { step: 1; rule: "blocked" }
  | { step: 1; rule: "expired"; expiredAt: Date }
  | { step: 1; rule: "other-project" }
  | { step: 1; rule: "missing-record" }
  | { step: 2; rule: "ip-restricted" }
  | { step: 3; rule: "deny-override"; override: Override; problem?: string }
  | { step: 4; rule: "read-only"; role: { id: string; name: string } }
  | { step: 5; rule: "protected"; operation: ProtectedOperation }
  | { step: 7; rule: "no-grant" }
  | { step: 7; rule: "unknown"; problem: string };

export type Decision =
  { allowed: true; reason: AllowReason } | { allowed: false; reason: DenyReason };
