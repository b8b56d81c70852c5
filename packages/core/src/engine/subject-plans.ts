import { createPermissionCache, type PermissionCache } from "./cache";
import { buildPlan, type Plan } from "./plan";
import type { Subject } from "./types";
import type { Action, Resource } from "./vocabulary";

// Where plans live: per subject, per (resource, action), built lazily. Two layers:
// - the version cache, shared across requests, keyed by (version, project, employee);
// - a WeakMap on the subject object, so repeated checks within a request skip even the
//   key building.
// Role assignments can expire, so a set of plans is only valid for the span of time in
// which the subject's set of active roles stays the same.

export type SubjectPlans = {
  version: number | undefined;
  validFrom: number;
  validUntil: number;
  byResource: Map<Resource, Map<Action, Plan>>;
  /** The plan asked for last: repeated checks of one kind skip the maps. */
  last: Plan | null;
};

export type EngineCache = PermissionCache<SubjectPlans>;

export type EngineOptions = {
  /** The cache to use; `false` builds everything afresh. Defaults to a shared cache. */
  cache?: EngineCache | false;
};

export const sharedCache: EngineCache = createPermissionCache<SubjectPlans>({ maxEntries: 5_000 });

const byObject = new WeakMap<Subject, { cache: EngineCache; plans: SubjectPlans }>();

function createSubjectPlans(subject: Subject): SubjectPlans {
  const now = subject.context.now.getTime();
  let validFrom = Number.NEGATIVE_INFINITY;
  let validUntil = Number.POSITIVE_INFINITY;
  for (const role of subject.roles) {
    const at = role.expiresAt?.getTime();
    if (at === undefined) continue;
    if (at > now) validUntil = Math.min(validUntil, at);
    else validFrom = Math.max(validFrom, at);
  }
  return {
    version: subject.permissionVersion,
    validFrom,
    validUntil,
    byResource: new Map(),
    last: null,
  };
}

function isCurrent(plans: SubjectPlans, subject: Subject): boolean {
  const now = subject.context.now.getTime();
  return (
    plans.version === subject.permissionVersion && now >= plans.validFrom && now < plans.validUntil
  );
}

export function resolveCache(options: EngineOptions | undefined): EngineCache | null {
  if (options?.cache === false) return null;
  return options?.cache ?? sharedCache;
}

function plansFor(subject: Subject, cache: EngineCache | null): SubjectPlans {
  const version = subject.permissionVersion;
  if (cache === null || version === undefined) return createSubjectPlans(subject);
  const held = byObject.get(subject);
  if (held && held.cache === cache && isCurrent(held.plans, subject)) return held.plans;
  const key = `${subject.projectId}|${subject.employeeId}`;
  let plans = cache.get(version, key);
  if (!plans || !isCurrent(plans, subject)) {
    plans = createSubjectPlans(subject);
    cache.set(version, key, plans);
  }
  byObject.set(subject, { cache, plans });
  return plans;
}

export function planFor(
  subject: Subject,
  resource: Resource,
  action: Action,
  cache: EngineCache | null,
): Plan {
  const plans = plansFor(subject, cache);
  const last = plans.last;
  if (last !== null && last.resource === resource && last.action === action) return last;
  let byAction = plans.byResource.get(resource);
  if (!byAction) {
    byAction = new Map();
    plans.byResource.set(resource, byAction);
  }
  let plan = byAction.get(action);
  if (!plan) {
    plan = buildPlan(subject, resource, action);
    byAction.set(action, plan);
  }
  plans.last = plan;
  return plan;
}
