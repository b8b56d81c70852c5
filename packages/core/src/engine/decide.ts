import { planFor, resolveCache, type EngineOptions } from "./subject-plans";
import { scopeFact } from "./scope";
import type { Decision, DenyReason, EngineRecord, Subject } from "./types";
import {
  isAction,
  isRecordResource,
  isResource,
  type Action,
  type Resource,
} from "./vocabulary";

// PERMISSIONS.md "Decision", steps 1–7, in that order. Steps 1–2 read the subject and the
// request on every call; steps 3–6 run the subject's cached plan (plan.ts).

function denied(reason: DenyReason): Decision {
  return Object.freeze({ allowed: false, reason: Object.freeze(reason) });
}

const BLOCKED = denied({ step: 1, rule: "blocked" });
const OTHER_PROJECT = denied({ step: 1, rule: "other-project" });
const MISSING_RECORD = denied({ step: 1, rule: "missing-record" });
const IP_RESTRICTED = denied({ step: 2, rule: "ip-restricted" });
const MISSING_TARGET = denied({ step: 5, rule: "protected", operation: "missing-target" });
const NO_GRANT = denied({ step: 7, rule: "no-grant" });

/** Steps 1 and 2: who the subject is and where the request comes from. */
export function checkStanding(subject: Subject): Decision | null {
  if (subject.status !== "active" && subject.status !== "ip_restricted") return BLOCKED;
  const expiresAt = subject.accessExpiresAt;
  if (expiresAt && expiresAt.getTime() <= subject.context.now.getTime()) {
    return denied({ step: 1, rule: "expired", expiredAt: expiresAt });
  }
  if (subject.status === "ip_restricted" && subject.context.ipAllowed !== true) return IP_RESTRICTED;
  return null;
}

/** Whether decide needs a record: everything that has rows with a responsible or a project. */
export function needsRecord(resource: Resource): boolean {
  return isRecordResource(resource) || resource === "product";
}

export function decide(
  subject: Subject,
  action: Action,
  resource: Resource,
  record?: EngineRecord | null,
  options?: EngineOptions,
): Decision {
  if (!isResource(resource) || !isAction(action)) {
    return denied({
      step: 7,
      rule: "unknown",
      problem: `Unknown ${isResource(resource) ? "action" : "resource"} "${isResource(resource) ? String(action) : String(resource)}".`,
    });
  }
  // Step 1, blocked or expired, and step 2 (IP) are ordered as in the model; a record of
  // another project is step 1 too, so it is checked between them.
  const standing = checkStanding(subject);
  if (standing && standing.reason.step === 1) return standing;
  if (record) {
    if (record.projectId !== subject.projectId) return OTHER_PROJECT;
  } else if (needsRecord(resource)) {
    return MISSING_RECORD;
  }
  if (standing) return standing;

  const plan = planFor(subject, resource, action, resolveCache(options));

  for (const deny of plan.denies) {
    // Without a record a conditional deny cannot be ruled out, so it holds.
    if (!record || deny.test(record)) {
      return denied({
        step: 3,
        rule: "deny-override",
        override: deny.override,
        ...(deny.problem ? { problem: deny.problem } : {}),
      });
    }
  }
  if (plan.readOnlyRole) return denied({ step: 4, rule: "read-only", role: plan.readOnlyRole });
  if (plan.protectedRules.length > 0) {
    if (!record) return MISSING_TARGET;
    for (const rule of plan.protectedRules) {
      if (rule.test(record)) return denied({ step: 5, rule: "protected", operation: rule.operation });
    }
  }
  for (const allow of plan.allows) {
    const holds = record ? allow.test(record) : allow.conditionTest === null;
    if (holds) {
      return {
        allowed: true,
        reason: {
          step: 6,
          rule: "grant",
          source: allow.source,
          grant: allow.grant,
          fact: record ? scopeFact(allow.grant.scope, subject, record) : { kind: "project" },
        },
      };
    }
  }
  return NO_GRANT;
}
