import { makeRecord, NOW } from "../testing/fixtures";
import { decide } from "./decide";
import type { EngineRecord, Grant, Subject, SubjectRole } from "./types";
import type { Action, Resource } from "./vocabulary";

// Shared by the decide tests: a role builder, records around the subject "me" (whose
// manager is "boss"), and a compact outcome ("allow" or "deny:<step>:<rule>").

export const role = (grants: Grant[], patch: Partial<SubjectRole> = {}): SubjectRole => ({
  id: "role-1",
  name: "Sales manager",
  readOnly: false,
  grants,
  ...patch,
});

export const mine = makeRecord({ responsibleId: "me", managerPath: "/boss/me/" });
export const colleagues = makeRecord({ responsibleId: "peer", managerPath: "/boss/peer/" });
export const reportsDeal = makeRecord({
  responsibleId: "ivanova",
  managerPath: "/boss/me/petrov/ivanova/",
});
export const later = new Date(NOW.getTime() + 60_000);
export const earlier = new Date(NOW.getTime() - 60_000);

export type Row = {
  name: string;
  subject: Partial<Subject>;
  action?: Action;
  resource?: Resource;
  record?: EngineRecord | null;
  expected: string; // "allow" or "deny:<step>:<rule>"
};

export function outcome(
  subject: Subject,
  action: Action,
  resource: Resource,
  record?: EngineRecord | null,
) {
  const decision = decide(subject, action, resource, record, { cache: false });
  return decision.allowed ? "allow" : `deny:${decision.reason.step}:${decision.reason.rule}`;
}
