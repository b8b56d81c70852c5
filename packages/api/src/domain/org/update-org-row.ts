import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { stale, type TOrgEntity } from "./org-errors";

/**
 * One versioned update of an org unit: read it, refuse a stale version with CONFLICT, save
 * it with the version bumped, and audit before and after, all in one transaction.
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
