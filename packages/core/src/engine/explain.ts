import { CATALOG } from "./catalog";
import { decide } from "./decide";
import { describeCondition, type NameOf } from "./describe-condition";
import { RESOURCE_LABELS, USER_TYPE_LABELS } from "./labels";
import type { AllowCandidate } from "./plan";
import { planFor, resolveCache, type EngineOptions } from "./subject-plans";
import type {
  AllowReason,
  Decision,
  DenyReason,
  Directory,
  EngineRecord,
  GrantSource,
  ScopeFact,
  Subject,
} from "./types";
import type { Action, Resource } from "./vocabulary";

export type ExplainOptions = EngineOptions & { directory?: Directory };

export type ExplainContext = {
  subject: Subject;
  action: Action;
  resource: Resource;
  record?: EngineRecord | null;
  directory?: Directory;
};

/** The decision and its reason in English, for the settings pages and the API (D10). */
export function explain(
  subject: Subject,
  action: Action,
  resource: Resource,
  record?: EngineRecord | null,
  options?: ExplainOptions,
): string {
  const decision = decide(subject, action, resource, record, options);
  return describeDecision(decision, { subject, action, resource, record, ...options }, options);
}

/** Names from the directory, then from the record's loaded relations, else the id. */
function makeNameOf(context: ExplainContext): NameOf {
  const names = new Map<string, string>();
  const record = context.record;
  if (record) {
    for (const [relation, spec] of Object.entries(CATALOG[context.resource].relations)) {
      const related = record[relation] as { name?: unknown } | null | undefined;
      const id = record[spec.foreignKey];
      if (typeof id === "string" && typeof related?.name === "string") names.set(id, related.name);
    }
    const direction = record.direction as { name?: unknown } | null | undefined;
    if (typeof record.directionId === "string" && typeof direction?.name === "string") {
      names.set(record.directionId, direction.name);
    }
  }
  if (context.subject.name) names.set(context.subject.employeeId, context.subject.name);
  return (id) => context.directory?.[id] ?? names.get(id) ?? id;
}

export function describeDecision(
  decision: Decision,
  context: ExplainContext,
  options?: EngineOptions,
): string {
  const nameOf = makeNameOf(context);
  if (decision.allowed) return `Allowed: ${describeAllow(decision.reason, context, nameOf)}.`;
  const text = `Denied: ${describeDeny(decision.reason, context, nameOf)}.`;
  if (decision.reason.step !== 7 || decision.reason.rule !== "no-grant") return text;
  return [text, ...describeMisses(context, nameOf, options)].join(" ");
}

function sourceText(source: GrantSource): string {
  switch (source.kind) {
    case "role":
      return `role ${source.name}`;
    case "group":
      return `group ${source.name}`;
    case "override":
      return "a personal override";
    case "default":
      return `the ${USER_TYPE_LABELS[source.userType]} user type`;
  }
}

function describeAllow(reason: AllowReason, context: ExplainContext, nameOf: NameOf): string {
  const { grant, source, fact } = reason;
  const head = `${sourceText(source)} grants ${grant.action} on ${RESOURCE_LABELS[grant.resource]} at scope ${grant.scope}`;
  const parts = [head];
  const factText = describeFact(fact, nameOf);
  if (factText) parts.push(factText);
  if (grant.condition) {
    parts.push(
      `its condition holds: ${describeCondition(grant.condition, context.resource, nameOf)}`,
    );
  }
  return parts.join("; ");
}

function listNames(ids: string[], nameOf: NameOf): string {
  const names = ids.map(nameOf);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function describeFact(fact: ScopeFact, nameOf: NameOf): string | null {
  switch (fact.kind) {
    case "own":
      return "you are the responsible";
    case "subordinates": {
      if (fact.chain.length <= 1) return "you are the responsible";
      const responsible = nameOf(fact.responsibleId);
      if (fact.chain.length === 2)
        return `the responsible, ${responsible}, reports to you directly`;
      return `the responsible, ${responsible}, reports to you through ${listNames(fact.chain.slice(1, -1), nameOf)}`;
    }
    case "department":
      return fact.departmentId === fact.subjectDepartmentId
        ? `the record is in your department, ${nameOf(fact.departmentId)}`
        : `the record's department, ${nameOf(fact.departmentId)}, is within your department, ${nameOf(fact.subjectDepartmentId)}`;
    case "direction":
      return `the record is in your sales direction, ${nameOf(fact.directionId)}`;
    case "project":
      return null;
  }
}

const PROTECTED_TEXT = {
  "delete-project": "only an Admin may delete the project",
  "change-admin": "only an Admin may change an Admin",
  "change-own-access": "only an Admin may change their own roles or overrides",
  "missing-target": "this operation is protected and no target was given to check it against",
} as const;

function describeDeny(reason: DenyReason, context: ExplainContext, nameOf: NameOf): string {
  const what = `${context.action} on ${RESOURCE_LABELS[context.resource]}`;
  switch (reason.rule) {
    case "blocked":
      return "your account is blocked";
    case "expired":
      return `your access expired at ${reason.expiredAt.toISOString()}`;
    case "other-project":
      return "the record belongs to another project";
    case "missing-record":
      return `${what} is decided per record and no record was given`;
    case "ip-restricted":
      return "your account is restricted to the project's allowed IP ranges and this request comes from outside them";
    case "deny-override": {
      const condition = reason.override.condition;
      const when =
        condition && !reason.problem
          ? ` when ${describeCondition(condition, context.resource, nameOf)}`
          : "";
      const problem = reason.problem
        ? ` (its condition could not be read, so it denies everything: ${reason.problem})`
        : "";
      return `a personal override denies ${what}${when}${problem}`;
    }
    case "read-only":
      return `role ${reason.role.name} is read-only, so only view is allowed`;
    case "protected":
      return PROTECTED_TEXT[reason.operation];
    case "no-grant":
      return `no role, group or override grants ${what} for this record`;
    case "unknown":
      return reason.problem.replace(/\.$/, "");
  }
}

function describeMiss(allow: AllowCandidate, context: ExplainContext, nameOf: NameOf): string {
  const record = context.record ?? {};
  const { grant } = allow;
  const head = `${sourceText(allow.source)} grants it at scope ${grant.scope}`;
  if (!allow.scopeTest(record)) {
    const responsible = nameOf(String(record.responsibleId));
    const why = {
      none: "",
      own: `the responsible is ${responsible}, not you`,
      subordinates: `the responsible, ${responsible}, is not you or below you`,
      department: "the record's department is outside yours",
      direction: "the record is not in your sales direction",
      project: "",
    }[grant.scope];
    return `${head}, but ${why}.`;
  }
  const condition = grant.condition
    ? describeCondition(grant.condition, context.resource, nameOf)
    : "";
  return `${head}, but its condition does not hold: ${condition}.`;
}

/** For a refusal: which grants came close and why each did not cover the record. */
function describeMisses(
  context: ExplainContext,
  nameOf: NameOf,
  options: EngineOptions | undefined,
): string[] {
  const plan = planFor(context.subject, context.resource, context.action, resolveCache(options));
  const misses = plan.allows.map((allow) => describeMiss(allow, context, nameOf));
  const ignored = plan.ignored.map(
    (item) => `A grant of ${sourceText(item.source)} was ignored: ${item.problem}`,
  );
  return [...misses.map((text) => text.charAt(0).toUpperCase() + text.slice(1)), ...ignored];
}
