import {
  canReachAny,
  decide,
  type Action,
  type EngineRecord,
  type RecordResource,
  type Resource,
  type Subject,
} from "@charter/core/engine";

/** "ok", or the tRPC code the call failed with. */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? "THREW";
  }
}

/** What the engine says the API must answer for `action` on `record`. */
export function expectedOnRecord(
  subject: Subject,
  action: Action,
  resource: RecordResource,
  record: EngineRecord,
): string {
  if (!canReachAny(subject, action, resource)) return "FORBIDDEN";
  if (!decide(subject, "view", resource, record).allowed) return "NOT_FOUND";
  return decide(subject, action, resource, record).allowed ? "ok" : "FORBIDDEN";
}

/** What the engine says the API must answer for `action` on the resource as a whole. */
export function expectedOnResource(subject: Subject, action: Action, resource: Resource): string {
  return canReachAny(subject, action, resource) ? "ok" : "FORBIDDEN";
}
