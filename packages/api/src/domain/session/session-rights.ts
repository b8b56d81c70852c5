import {
  ACTIONS,
  canReachAny,
  RESOURCES,
  type Action,
  type Resource,
  type Subject,
} from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { fieldAccessOf, LIMITABLE_FIELDS } from "../fields/built-in-fields";
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

/** For each resource with limitable built-in fields, those a field rule hides from the subject. */
export type THiddenFields = Record<keyof typeof LIMITABLE_FIELDS, string[]>;

export function hiddenFieldsOf(subject: Subject): THiddenFields {
  const hidden = (resource: keyof THiddenFields) => {
    const access = fieldAccessOf(subject, resource);
    return LIMITABLE_FIELDS[resource].filter((field) => access[field] === "hidden");
  };
  return { company: hidden("company"), deal: hidden("deal") };
}

/** Every limitable field, as the engine hides them from a subject who may view nothing. */
function allFieldsHidden(): THiddenFields {
  return { company: [...LIMITABLE_FIELDS.company], deal: [...LIMITABLE_FIELDS.deal] };
}

/**
 * The signed-in employee's rights, judged as their next request would be: blocked, expired
 * or IP-restricted outside the allowed ranges, they may do nothing (every list is empty).
 * With them, the built-in fields hidden from them, which the web app neither shows nor
 * offers to sort by (the server refuses both anyway).
 */
export async function findSessionAccess(
  db: PrismaClient,
  input: { employeeId: string; clientIp: string | null; now: Date },
): Promise<{ rights: TRights; hiddenFields: THiddenFields }> {
  const loaded = await loadSubject(db, input);
  return loaded
    ? { rights: rightsOf(loaded.subject), hiddenFields: hiddenFieldsOf(loaded.subject) }
    : { rights: noRights(), hiddenFields: allFieldsHidden() };
}
