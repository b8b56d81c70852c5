import type { Condition, Grant } from "../engine/types";
import {
  ACTIONS,
  RECORD_RESOURCES,
  RESOURCES,
  type Action,
  type Resource,
  type Scope,
} from "../engine/vocabulary";

// Small helpers so each template reads like its guide's sentence.

export const ALL_ACTIONS = ACTIONS;
export const WORK = ["view", "create", "edit"] as const satisfies readonly Action[];

/** One grant per (resource, action) with the same scope and condition. */
export function allow(
  resources: Resource | readonly Resource[],
  actions: readonly Action[],
  scope: Scope,
  condition?: Condition,
): Grant[] {
  const list: readonly Resource[] = typeof resources === "string" ? [resources] : resources;
  return list.flatMap((resource) =>
    actions.map((action) => ({ resource, action, scope, condition: condition ?? null })),
  );
}

/**
 * Completes a template over the record resources: every (resource, action) it does not
 * mention gets an explicit `none`, so the role replaces the user type's defaults there
 * too and means the same whoever holds it. Settings stay with the user type unless the
 * template speaks about them.
 */
export function completeRecords(grants: readonly Grant[]): Grant[] {
  const mentioned = new Set(grants.map((g) => `${g.resource}:${g.action}`));
  const refusals = [...RECORD_RESOURCES, "product" as const].flatMap((resource) =>
    ACTIONS.filter((action) => !mentioned.has(`${resource}:${action}`)).map((action): Grant => ({
      resource,
      action,
      scope: "none",
      condition: null,
    })),
  );
  return [...grants, ...refusals];
}

/** Every resource, every action, project-wide. */
export function everything(): Grant[] {
  return allow(RESOURCES, ACTIONS, "project");
}

export const me = "$me";

/**
 * Tasks set for the holder by someone else: visible and workable (complete, comment) though
 * their owner is the one who set them (H2). Roles that work their own tasks carry these.
 */
export function tasksAssignedToMe(): Grant[] {
  return allow("task", ["view", "edit"], "project", { op: "eq", path: "assigneeId", value: me });
}
