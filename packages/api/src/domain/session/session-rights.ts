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

type TLimitable = keyof typeof LIMITABLE_FIELDS;

/** For each resource with limitable built-in fields, those its field rules give this access. */
export type TFieldsByResource = Record<TLimitable, string[]>;

const LIMITED = Object.keys(LIMITABLE_FIELDS) as TLimitable[];

function fieldsWith(subject: Subject, access: "hidden" | "read"): TFieldsByResource {
  const byResource = {} as TFieldsByResource;
  for (const resource of LIMITED) {
    const fields = fieldAccessOf(subject, resource);
    byResource[resource] = LIMITABLE_FIELDS[resource].filter((field) => fields[field] === access);
  }
  return byResource;
}

/** Every limitable field, as the engine hides them from a subject who may view nothing. */
function allFieldsHidden(): TFieldsByResource {
  const byResource = {} as TFieldsByResource;
  for (const resource of LIMITED) byResource[resource] = [...LIMITABLE_FIELDS[resource]];
  return byResource;
}

function noFields(): TFieldsByResource {
  const byResource = {} as TFieldsByResource;
  for (const resource of LIMITED) byResource[resource] = [];
  return byResource;
}

/**
 * The signed-in employee's rights, judged as their next request would be: blocked, expired
 * or IP-restricted outside the allowed ranges, they may do nothing (every list is empty).
 * With them, the built-in fields hidden from them, which the web app neither shows nor
 * offers to sort by, and those they may only read, which its forms show but do not offer to
 * change (the server refuses all of these anyway).
 */
export async function findSessionAccess(
  db: PrismaClient,
  input: { employeeId: string; clientIp: string | null; now: Date },
): Promise<{
  rights: TRights;
  hiddenFields: TFieldsByResource;
  readOnlyFields: TFieldsByResource;
}> {
  const loaded = await loadSubject(db, input);
  return loaded
    ? {
        rights: rightsOf(loaded.subject),
        hiddenFields: fieldsWith(loaded.subject, "hidden"),
        readOnlyFields: fieldsWith(loaded.subject, "read"),
      }
    : { rights: noRights(), hiddenFields: allFieldsHidden(), readOnlyFields: noFields() };
}
