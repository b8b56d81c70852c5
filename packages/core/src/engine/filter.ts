import { checkStanding } from "./decide";
import { planTree } from "./plan";
import { NEVER, type Predicate } from "./predicate";
import { planFor, resolveCache, type EngineOptions } from "./subject-plans";
import type { Subject } from "./types";
import type { Action, Resource } from "./vocabulary";

/**
 * The records of `resource` on which `decide(subject, action, resource, record)` allows,
 * as one predicate tree for the database (see predicate.ts for its semantics). Always
 * includes `projectId = <subject's project>`; `never` when nothing can be reached.
 */
export function filter(
  subject: Subject,
  action: Action,
  resource: Resource,
  options?: EngineOptions,
): Predicate {
  if (checkStanding(subject)) return NEVER;
  return planTree(planFor(subject, resource, action, resolveCache(options)), subject);
}

/** Whether the subject may do `action` on at least some `resource` (menus, buttons, routes). */
export function canReachAny(
  subject: Subject,
  action: Action,
  resource: Resource,
  options?: EngineOptions,
): boolean {
  return filter(subject, action, resource, options).op !== "never";
}
