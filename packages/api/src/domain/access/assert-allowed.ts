import {
  decide,
  describeDecision,
  type Action,
  type EngineRecord,
  type RecordResource,
  type Subject,
} from "@charter/core/engine";

import { AppError } from "../../errors";

/**
 * Decides on a record that is not stored yet (a create's draft, a record as it would be
 * after a change) and throws FORBIDDEN with the engine's rule when refused.
 */
export function assertAllowed(
  subject: Subject,
  action: Action,
  resource: RecordResource,
  record: EngineRecord,
): void {
  const decision = decide(subject, action, resource, record);
  if (decision.allowed) return;
  const why = describeDecision(decision, { subject, action, resource, record });
  throw new AppError(
    "FORBIDDEN",
    { key: "access.forbiddenRecord", params: { action, thing: resource, detail: why } },
    { rule: decision.reason.rule },
  );
}
