import type { AllowCandidate } from "./plan";
import { scopeFact } from "./scope";
import type { Decision, EngineRecord, Subject } from "./types";

// An allow's reason depends on the record only through one fact: the responsible's
// manager chain (subordinates) or the record's department. Decisions are memoised by that
// fact per grant, so a hot `decide` allocates nothing; the memo is bounded by the org's size.

const MEMO_LIMIT = 20_000;

function factKey(allow: AllowCandidate, record: EngineRecord): string | null {
  if (allow.grant.scope === "subordinates") {
    const responsible = record.responsible as { managerPath?: unknown } | null | undefined;
    const path = responsible?.managerPath;
    return typeof path === "string" ? path : null;
  }
  if (allow.grant.scope === "department") {
    return typeof record.departmentId === "string" ? record.departmentId : null;
  }
  return null;
}

export function allowDecision(
  allow: AllowCandidate,
  subject: Subject,
  record: EngineRecord,
): Decision {
  const key = factKey(allow, record);
  const held = key === null ? undefined : allow.decisions.get(key);
  if (held?.allowed) {
    const fact = held.reason.fact;
    if (fact.kind !== "subordinates" || fact.responsibleId === record.responsibleId) return held;
  }
  const decision: Decision = Object.freeze({
    allowed: true,
    reason: Object.freeze({
      step: 6,
      rule: "grant",
      source: allow.source,
      grant: allow.grant,
      fact: scopeFact(allow.grant.scope, subject, record),
    }),
  });
  if (key !== null && allow.decisions.size < MEMO_LIMIT) allow.decisions.set(key, decision);
  return decision;
}
