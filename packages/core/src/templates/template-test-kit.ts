import { decide } from "../engine/decide";
import type { EngineRecord, Subject } from "../engine/types";
import type { Action, Resource } from "../engine/vocabulary";
import { makeRecord, makeSubject, type RecordPatch } from "../testing/fixtures";
import { findRoleTemplate, roleFromTemplate } from "./index";

// Shared by the template tests: a holder of some templates, records around them, and a
// compact outcome string ("allow", or "deny:<step>").

export function holder(keys: string[], patch: Partial<Subject> = {}): Subject {
  const roles = keys.map((key) => {
    const template = findRoleTemplate(key);
    if (!template) throw new Error(`No template ${key}`);
    return roleFromTemplate(template);
  });
  return makeSubject({ managerPath: "/admin/me/", roles, ...patch });
}

/** A record of someone else in the project (neither mine nor below me). */
export function peers(patch: RecordPatch = {}): EngineRecord {
  return makeRecord({ responsibleId: "peer", managerPath: "/admin/peer/", ...patch });
}

export function mine(patch: RecordPatch = {}): EngineRecord {
  return makeRecord({ responsibleId: "me", managerPath: "/admin/me/", ...patch });
}

export function reports(patch: RecordPatch = {}): EngineRecord {
  return makeRecord({ responsibleId: "ivanova", managerPath: "/admin/me/ivanova/", ...patch });
}

export type TemplateCase = [
  string,
  Subject,
  Action,
  Resource,
  EngineRecord | null,
  "allow" | `deny:${number}`,
];

export function outcome(
  subject: Subject,
  action: Action,
  resource: Resource,
  record: EngineRecord | null,
) {
  const decision = decide(subject, action, resource, record, { cache: false });
  return decision.allowed ? "allow" : `deny:${decision.reason.step}`;
}
