import { isNullablePath } from "./catalog";
import { compileCondition } from "./compile-condition";
import { defaultGrant, naturalScope } from "./defaults";
import { compilePredicate, type RecordTest } from "./evaluate";
import {
  ALWAYS,
  and,
  NEVER,
  not,
  or,
  toNegationNormalForm,
  type Predicate,
} from "./predicate";
import { protectedRules, type ProtectedRule } from "./protected";
import { scopePredicate } from "./scope";
import type { Condition, Grant, GrantSource, Override, Subject, SubjectRole } from "./types";
import { findGrantIssues, findOverrideIssues, formatIssues } from "./validate-grant";
import { scopeRank, type Action, type Resource } from "./vocabulary";

// A plan is everything about (subject, resource, action) that does not depend on the
// record or the request: steps 3 to 6 compiled once, then cached by permission version.
// Steps 1 and 2 (status, expiry, IP) are checked on every call, never cached.

export type AllowCandidate = {
  source: GrantSource;
  grant: Grant;
  /** scope ∧ condition, two-valued */
  predicate: Predicate;
  test: RecordTest;
  scopeTest: RecordTest;
  conditionTest: RecordTest | null;
};

export type DenyRule = {
  override: Override;
  predicate: Predicate;
  test: RecordTest;
  conditional: boolean;
  /** Set when the override could not be understood; it then denies everything. */
  problem?: string;
};

export type CompiledProtectedRule = ProtectedRule & { test: RecordTest };

export type IgnoredGrant = { source: GrantSource; grant: unknown; problem: string };

export type Plan = {
  resource: Resource;
  action: Action;
  denies: DenyRule[];
  readOnlyRole: { id: string; name: string } | null;
  protectedRules: CompiledProtectedRule[];
  allows: AllowCandidate[];
  ignored: IgnoredGrant[];
  /** The filter tree for steps 3–6 (project included), built on first use. */
  tree: Predicate | undefined;
};

export function isRoleActive(role: SubjectRole, now: Date): boolean {
  return !role.expiresAt || role.expiresAt.getTime() > now.getTime();
}

function compileConditionOf(condition: Condition | null | undefined, subject: Subject) {
  return condition ? compileCondition(condition, subject) : ALWAYS;
}

export function buildPlan(subject: Subject, resource: Resource, action: Action): Plan {
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
    const predicate = issues.length === 0 ? compileConditionOf(override.condition, subject) : ALWAYS;
    denies.push({
      override,
      predicate,
      test: compilePredicate(predicate),
      conditional: predicate.op !== "always",
      ...(issues.length > 0 ? { problem: formatIssues(issues) } : {}),
    });
  }

  const readOnly = action === "view" ? undefined : roles.find((role) => role.readOnly);

  const candidates: { source: GrantSource; grant: Grant }[] = [];
  const roleGrants = roles.flatMap((role) =>
    role.grants
      .filter(matches)
      .map((grant) => ({ source: roleSource(role), grant })),
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
    allows.push({
      source,
      grant,
      predicate,
      test: compilePredicate(predicate),
      scopeTest: compilePredicate(scope),
      conditionTest: grant.condition ? compilePredicate(condition) : null,
    });
  }
  allows.sort((a, b) => scopeRank(a.grant.scope) - scopeRank(b.grant.scope));

  return {
    resource,
    action,
    denies,
    readOnlyRole: readOnly ? { id: readOnly.id, name: readOnly.name } : null,
    protectedRules: protectedRules(subject, resource, action).map((rule) => ({
      ...rule,
      test: compilePredicate(rule.predicate),
    })),
    allows,
    ignored,
    tree: undefined,
  };
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
