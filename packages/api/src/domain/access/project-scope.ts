import type { Action, EngineRecord, RecordResource, Subject } from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";
import type { TWhereByResource } from "@charter/db/permissions";

import { writeAudit, type TAuditActor, type TAuditEntry } from "../audit/write-audit";
import { buildReach, findVisibleOrThrow } from "./find-visible-or-throw";

export type TDbClient = PrismaClient | Prisma.TransactionClient;

/**
 * What a project procedure's context carries beyond the session: the engine's subject and
 * the permission helpers bound to it. Domain functions take this, not the whole context.
 */
export type TProjectScope = {
  db: PrismaClient;
  subject: Subject;
  project: { id: string; name: string };
  /** The Prisma where for a list: `findMany({ where: { AND: [reach, userFilter] } })`. */
  reach: <R extends RecordResource>(resource: R, action: Action) => TWhereByResource[R];
  /** NOT_FOUND outside view reach, FORBIDDEN with the rule when `action` is refused. */
  findVisibleOrThrow: (
    resource: RecordResource,
    id: string,
    action: Action,
    client?: TDbClient,
  ) => Promise<EngineRecord>;
  /** Call inside the `$transaction` that makes the change (SPEC E3). */
  writeAudit: (tx: Prisma.TransactionClient, entry: TAuditEntry) => Promise<void>;
};

export function createProjectScope(input: {
  db: PrismaClient;
  subject: Subject;
  project: { id: string; name: string };
  actor: TAuditActor;
}): TProjectScope {
  const { db, subject, project, actor } = input;
  return {
    db,
    subject,
    project,
    reach: (resource, action) => buildReach(subject, resource, action),
    findVisibleOrThrow: (resource, id, action, client = db) =>
      findVisibleOrThrow(client, subject, resource, id, action),
    writeAudit: (tx, entry) => writeAudit(tx, actor, entry),
  };
}
