import {
  ACTIONS,
  canReachAny,
  RESOURCES,
  type Action,
  type Resource,
  type Subject,
} from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { loadSubject } from "../subject/load-subject";

/** For every resource, the actions the subject may take on at least some of its records. */
export type TRights = Record<Resource, Action[]>;

/**
 * The engine's `canReachAny` over the whole vocabulary: what a menu, a route or a "New"
 * button may offer. The same question `requires(resource, action)` asks on every procedure,
 * answered from the subject's cached plans. Which records is still the server's to decide
 * (`can` on each record).
 */
export function rightsOf(subject: Subject): TRights {
  const rights = {} as TRights;
  for (const resource of RESOURCES) {
    rights[resource] = ACTIONS.filter((action) => canReachAny(subject, action, resource));
  }
  return rights;
}

/** Nothing at all: an employee gone since the session was checked. */
export function noRights(): TRights {
  const rights = {} as TRights;
  for (const resource of RESOURCES) rights[resource] = [];
  return rights;
}

/**
 * The signed-in employee's rights, judged as their next request would be: blocked, expired
 * or IP-restricted outside the allowed ranges, they may do nothing (every list is empty).
 */
export async function findSessionRights(
  db: PrismaClient,
  input: { employeeId: string; clientIp: string | null; now: Date },
): Promise<TRights> {
  const loaded = await loadSubject(db, input);
  return loaded ? rightsOf(loaded.subject) : noRights();
}
