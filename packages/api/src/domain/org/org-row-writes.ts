import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { stale, type TOrgEntity } from "./org-errors";

// Every change to an org unit is one transaction that also writes its audit entry, so the
// log never claims a change that did not happen, nor misses one that did.

/** Creates an org unit and audits it. */
export function createOrgRow<T extends { id: string }>(
  scope: TProjectScope,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return scope.db.$transaction(async (tx) => {
    const after = await create(tx);
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.org",
      recordId: after.id,
      after,
    });
    return after;
  });
}

/**
 * One versioned update of an org unit: read it, refuse a stale version with CONFLICT, save
 * it with the version bumped, and audit before and after.
 */
export function updateOrgRow<T extends { version: number }>(
  scope: TProjectScope,
  input: {
    entity: TOrgEntity;
    id: string;
    version: number;
    find: (tx: Prisma.TransactionClient) => Promise<T>;
    save: (tx: Prisma.TransactionClient) => Promise<T>;
  },
): Promise<T> {
  return scope.db.$transaction(async (tx) => {
    const before = await input.find(tx);
    if (before.version !== input.version) throw stale(input.entity);
    const after = await input.save(tx);
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.org",
      recordId: input.id,
      before,
      after,
    });
    return after;
  });
}

/**
 * One versioned delete of an org unit: read it, refuse a stale version, let the caller refuse
 * a unit still in use, delete only at the version read, and audit what was deleted.
 */
export function deleteOrgRow<T extends { version: number }>(
  scope: TProjectScope,
  input: {
    entity: TOrgEntity;
    id: string;
    version: number;
    find: (tx: Prisma.TransactionClient) => Promise<T>;
    assertUnused?: (tx: Prisma.TransactionClient, before: T) => Promise<void> | void;
    /** Deletes where id and version match; returns how many rows went. */
    remove: (tx: Prisma.TransactionClient, before: T) => Promise<{ count: number }>;
  },
): Promise<void> {
  return scope.db.$transaction(async (tx) => {
    const before = await input.find(tx);
    if (before.version !== input.version) throw stale(input.entity);
    await input.assertUnused?.(tx, before);
    const { count } = await input.remove(tx, before);
    if (count === 0) throw stale(input.entity);
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.org",
      recordId: input.id,
      before,
    });
  });
}
