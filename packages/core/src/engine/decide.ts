import { allowDecision } from "./allow-decision";
import { runFastTest } from "./evaluate";
import { denial } from "./plan";
import { planFor, resolveCache, type EngineOptions } from "./subject-plans";
import type { Decision, EngineRecord, Subject } from "./types";
import { isRecordResource, type Action, type Resource } from "./vocabulary";

// PERMISSIONS.md "Decision", steps 1–7, in that order. Steps 1–2 read the subject and the
// request on every call; steps 3–6 run the subject's cached plan (plan.ts).

const BLOCKED = denial({ step: 1, rule: "blocked" });
const OTHER_PROJECT = denial({ step: 1, rule: "other-project" });
const MISSING_RECORD = denial({ step: 1, rule: "missing-record" });
const IP_RESTRICTED = denial({ step: 2, rule: "ip-restricted" });
const MISSING_TARGET = denial({ step: 5, rule: "protected", operation: "missing-target" });
const NO_GRANT = denial({ step: 7, rule: "no-grant" });

/** Steps 1 and 2: who the subject is and where the request comes from. */
export function checkStanding(subject: Subject): Decision | null {
  if (subject.status !== "active" && subject.status !== "ip_restricted") return BLOCKED;
  const expiresAt = subject.accessExpiresAt;
  if (expiresAt && expiresAt.getTime() <= subject.context.now.getTime()) {
    return denial({ step: 1, rule: "expired", expiredAt: expiresAt });
  }
  if (subject.status === "ip_restricted" && subject.context.ipAllowed !== true)
    return IP_RESTRICTED;
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

  // Unknown words are found when the plan is built, off the hot path.
  const plan = planFor(subject, resource, action, resolveCache(options));
  if (plan.unknown) return plan.unknown;

  for (const deny of plan.denies) {
    // Without a record a conditional deny cannot be ruled out, so it holds.
    if (!record || deny.test(record)) return deny.decision;
  }
  if (plan.readOnlyDecision) return plan.readOnlyDecision;
  if (plan.protectedRules.length > 0) {
    if (!record) return MISSING_TARGET;
    for (const rule of plan.protectedRules) {
      if (rule.test(record)) return rule.decision;
    }
  }
  for (const allow of plan.allows) {
    const holds = record
      ? allow.fast
        ? runFastTest(allow.fast, record)
        : allow.test(record)
      : allow.conditionTest === null;
    if (holds) {
      if (allow.constant) return allow.constant;
      if (record) return allowDecision(allow, subject, record);
    }
  }
  return NO_GRANT;
}
