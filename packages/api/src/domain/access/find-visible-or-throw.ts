import {
  filter,
  type Action,
  type EngineRecord,
  type RecordResource,
  type Subject,
} from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";
import {
  engineRecordSelect,
  toEngineRecord,
  toPrismaWhere,
  type TWhereByResource,
} from "@charter/db/permissions";
import { z } from "zod";

import { AppError } from "../../errors";
import { assertAllowed } from "./assert-allowed";
import { findFirstOf } from "./record-models";

/** The Prisma where for the records `subject` may `action`: put it in the query itself. */
export function buildReach<R extends RecordResource>(
  subject: Subject,
  resource: R,
  action: Action,
): TWhereByResource[R] {
  return toPrismaWhere(resource, filter(subject, action, resource));
}

export function notFound(resource: RecordResource): AppError {
  return new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: resource } });
}

/**
 * Loads a record for `action`. A record the subject may not view is answered exactly as a
 * missing id (PERMISSIONS.md "Denial looks like absence"): one query, reach in the where,
 * same error. A record they may view but not act on is FORBIDDEN with the engine's rule.
 */
export async function findVisibleOrThrow(
  db: PrismaClient | Prisma.TransactionClient,
  subject: Subject,
  resource: RecordResource,
  id: string,
  action: Action,
): Promise<EngineRecord> {
  if (!z.uuid().safeParse(id).success) throw notFound(resource);
  const row = await findFirstOf(
    db,
    resource,
  )({
    where: { AND: [{ id }, buildReach(subject, resource, "view")] },
    select: engineRecordSelect(resource),
  });
  if (!row) throw notFound(resource);
  const record = toEngineRecord(row);
  assertAllowed(subject, action, resource, record);
  return record;
}
