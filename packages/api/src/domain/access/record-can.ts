import { decide, type EngineRecord, type RecordResource, type Subject } from "@charter/core/engine";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";

import type { TDbClient, TProjectScope } from "./project-scope";
import { findFirstOf } from "./record-models";
import type { TRecordCan } from "./record-can.schema";

const NOTHING: TRecordCan = Object.freeze({
  view: false,
  edit: false,
  delete: false,
  assign: false,
});

/** The engine's decision for each record action on `record` (the engine's record facts). */
export function recordCan(
  subject: Subject,
  resource: RecordResource,
  record: EngineRecord,
): TRecordCan {
  const allowed = (action: keyof TRecordCan) => decide(subject, action, resource, record).allowed;
  return {
    view: allowed("view"),
    edit: allowed("edit"),
    delete: allowed("delete"),
    assign: allowed("assign"),
  };
}

/**
 * `can` of a stored record, by id in the subject's project. No reach in the query on
 * purpose: a record just handed to another responsible may be out of the caller's view,
 * which `can.view: false` then says. A record gone (deleted meanwhile) can do nothing.
 */
export async function findRecordCan(
  db: TDbClient,
  subject: Subject,
  resource: RecordResource,
  id: string,
): Promise<TRecordCan> {
  const row = await findFirstOf(
    db,
    resource,
  )({
    where: { id, projectId: subject.projectId },
    select: engineRecordSelect(resource),
  });
  return row ? recordCan(subject, resource, toEngineRecord(row)) : NOTHING;
}

/**
 * `can` of a record the subject may view, for a `get` that needs it before loading the
 * answer (a card's sections are writable only where `can.edit`): NOT_FOUND outside view
 * reach, exactly as a missing id.
 */
export async function findVisibleRecordCan(
  scope: Pick<TProjectScope, "subject" | "findVisibleOrThrow">,
  resource: RecordResource,
  id: string,
): Promise<TRecordCan> {
  const record = await scope.findVisibleOrThrow(resource, id, "view");
  return recordCan(scope.subject, resource, record);
}

/** A record's answer with its `can`; read after the change's transaction has committed. */
export async function withRecordCan<T extends { id: string }>(
  scope: Pick<TProjectScope, "db" | "subject">,
  resource: RecordResource,
  answer: T,
): Promise<T & { can: TRecordCan }> {
  return { ...answer, can: await findRecordCan(scope.db, scope.subject, resource, answer.id) };
}
