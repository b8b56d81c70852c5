import { isNullablePath } from "./catalog";
import { compileCondition } from "./compile-condition";
import { defaultGrant, naturalScope } from "./defaults";
import { compilePredicate, fastTestOf, type FastTest, type RecordTest } from "./evaluate";
import { ALWAYS, and, NEVER, not, or, toNegationNormalForm, type Predicate } from "./predicate";
import { protectedRules, type ProtectedRule } from "./protected";
import { scopePredicate } from "./scope";
import type {
  Condition,
  Decision,
  DenyReason,
  Grant,
  GrantSource,
  Override,
  ScopeFact,
  Subject,
  SubjectRole,
} from "./types";
import { findGrantIssues, findOverrideIssues, formatIssues } from "./validate-grant";
import { isAction, isResource, scopeRank, type Action, type Resource } from "./vocabulary";

// A plan is everything about (subject, resource, action) that does not depend on the
// record or the request: steps 3 to 6 compiled once, then cached by permission version.
// Steps 1 and 2 (status, expiry, IP) are checked on every call, never cached.

export type AllowCandidate = {
  source: GrantSource;
  grant: Grant;
  /** The decision when the fact does not depend on the record (own, project). */
  constant: Decision | null;
  /** scope ∧ condition, two-valued */
  predicate: Predicate;
  test: RecordTest;
  fast: FastTest | null;
  scopeTest: RecordTest;
  conditionTest: RecordTest | null;
  /** Allow decisions already built, by the record fact they depend on (allow-decision.ts). */
  decisions: Map<string, Decision>;
};

export type DenyRule = {
  override: Override;
  predicate: Predicate;
  test: RecordTest;
  conditional: boolean;
  /** Set when the override could not be understood; it then denies everything. */
  problem?: string;
  decision: Decision;
};

export type CompiledProtectedRule = ProtectedRule & { test: RecordTest; decision: Decision };

export type IgnoredGrant = { source: GrantSource; grant: unknown; problem: string };

export type Plan = {
  resource: Resource;
  action: Action;
  /** Set when the resource or action is not one the engine knows: a denial, always. */
  unknown: Decision | null;
  denies: DenyRule[];
  readOnlyRole: { id: string; name: string } | null;
  readOnlyDecision: Decision | null;
  protectedRules: CompiledProtectedRule[];
  allows: AllowCandidate[];
  ignored: IgnoredGrant[];
  /** The filter tree for steps 3–6 (project included), built on first use. */
  tree: Predicate | undefined;
};

// Denials are the same object every time a rule fires: nothing to allocate on the hot path.
export function denial(reason: DenyReason): Decision {
  return Object.freeze({ allowed: false, reason: Object.freeze(reason) });
}

export function isRoleActive(role: SubjectRole, now: Date): boolean {
  return !role.expiresAt || role.expiresAt.getTime() > now.getTime();
}

function compileConditionOf(condition: Condition | null | undefined, subject: Subject) {
  return condition ? compileCondition(condition, subject) : ALWAYS;
}

export function buildPlan(subject: Subject, resource: Resource, action: Action): Plan {
  if (!isResource(resource) || !isAction(action)) return unknownPlan(resource, action);
  const now = subject.context.now;
  const roles = subject.roles.filter((role) => isRoleActive(role, now));
  const matches = (item: { resource: string; action: string }) =>
    item.resource === resource && item.action === action;

  const denies: DenyRule[] = [];
  const allowOverrides: Override[] = [];
  for (const override of subject.overrides) {
    if (!matches(override)) continue;
    const issues = findOverrideIssues(override);
    if (override.effect === "allow") {
      if (issues.length === 0) allowOverrides.push(override);
      continue;
    }
    // An override we cannot read still says "deny": it denies everything (fail closed).
    const predicate =
      issues.length === 0 ? compileConditionOf(override.condition, subject) : ALWAYS;
    const problem = issues.length > 0 ? formatIssues(issues) : undefined;
    denies.push({
      override,
      predicate,
      test: compilePredicate(predicate),
      conditional: predicate.op !== "always",
      ...(problem ? { problem } : {}),
      decision: denial({
        step: 3,
        rule: "deny-override",
        override,
        ...(problem ? { problem } : {}),
      }),
    });
  }

  const readOnly = action === "view" ? undefined : roles.find((role) => role.readOnly);

  const candidates: { source: GrantSource; grant: Grant }[] = [];
  const roleGrants = roles.flatMap((role) =>
    role.grants.filter(matches).map((grant) => ({ source: roleSource(role), grant })),
  );
  const fallback = defaultGrant(subject.userType, resource, action);
  // Roles replace the user type's default where they speak about (resource, action); an
  // Admin's default is never narrowed. Groups and allow overrides only ever add.
  const useDefault = subject.userType === "admin" || roleGrants.length === 0;
  if (useDefault && fallback) {
    candidates.push({ source: { kind: "default", userType: subject.userType }, grant: fallback });
  }
  candidates.push(...roleGrants);
  for (const group of subject.groups) {
    for (const grant of group.grants) {
      if (matches(grant)) {
        candidates.push({ source: { kind: "group", id: group.id, name: group.name }, grant });
      }
    }
  }
  for (const override of allowOverrides) {
    candidates.push({
      source: { kind: "override", ...(override.id ? { id: override.id } : {}) },
      grant: {
        resource,
        action,
        scope: naturalScope(subject.userType, resource),
        condition: override.condition ?? null,
      },
    });
  }

  const allows: AllowCandidate[] = [];
  const ignored: IgnoredGrant[] = [];
  for (const { source, grant } of candidates) {
    const issues = findGrantIssues(grant);
    if (issues.length > 0) {
      ignored.push({ source, grant, problem: formatIssues(issues) });
      continue;
    }
    const scope = scopePredicate(grant.scope, resource, subject);
    const condition = compileConditionOf(grant.condition, subject);
    const predicate = and(scope, condition);
    if (predicate.op === "never") continue;
    const fact = constantFact(grant.scope, subject);
    allows.push({
      source,
      grant,
      constant: fact
        ? Object.freeze({
            allowed: true,
            reason: Object.freeze({ step: 6, rule: "grant", source, grant, fact }),
          })
        : null,
      predicate,
      test: compilePredicate(predicate),
      fast: fastTestOf(predicate),
      scopeTest: compilePredicate(scope),
      conditionTest: grant.condition ? compilePredicate(condition) : null,
      decisions: new Map(),
    });
  }
  allows.sort((a, b) => scopeRank(a.grant.scope) - scopeRank(b.grant.scope));

  const readOnlyRole = readOnly ? { id: readOnly.id, name: readOnly.name } : null;
  return {
    resource,
    action,
    unknown: null,
    denies,
    readOnlyRole,
    readOnlyDecision: readOnlyRole
      ? denial({ step: 4, rule: "read-only", role: readOnlyRole })
      : null,
    protectedRules: protectedRules(subject, resource, action).map((rule) => ({
      ...rule,
      test: compilePredicate(rule.predicate),
      decision: denial({ step: 5, rule: "protected", operation: rule.operation }),
    })),
    allows,
    ignored,
    tree: undefined,
  };
}

function unknownPlan(resource: string, action: string): Plan {
  const problem = isResource(resource)
    ? `Unknown action "${action}".`
    : `Unknown resource "${resource}".`;
  return {
    resource: resource as Resource,
    action: action as Action,
    unknown: denial({ step: 7, rule: "unknown", problem }),
    denies: [],
    readOnlyRole: null,
    readOnlyDecision: null,
    protectedRules: [],
    allows: [],
    ignored: [],
    tree: NEVER,
  };
}

function constantFact(scope: Grant["scope"], subject: Subject): ScopeFact | null {
  if (scope === "own") return { kind: "own", responsibleId: subject.employeeId };
  if (scope === "project") return { kind: "project" };
  if (scope === "direction" && subject.directionId) {
    return { kind: "direction", directionId: subject.directionId };
  }
  return null;
}

function roleSource(role: SubjectRole): GrantSource {
  return { kind: "role", id: role.id, name: role.name, ...(role.key ? { key: role.key } : {}) };
}

/** Steps 3–6 as one predicate in negation normal form, the project always included. */
export function planTree(plan: Plan, subject: Subject): Predicate {
  if (plan.tree) return plan.tree;
  const twoValued = and(
    { op: "eq", path: "projectId", value: subject.projectId },
    ...plan.denies.map((deny) => not(deny.predicate)),
    plan.readOnlyRole ? NEVER : ALWAYS,
    ...plan.protectedRules.map((rule) => not(rule.predicate)),
    or(...plan.allows.map((allow) => allow.predicate)),
  );
  plan.tree = toNegationNormalForm(twoValued, (path) => isNullablePath(plan.resource, path));
  return plan.tree;
}
