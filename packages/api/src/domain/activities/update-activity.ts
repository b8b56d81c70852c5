import type { EngineRecord } from "@charter/core/engine";

import { AppError } from "../../errors";
import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import { applyChange } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { ACTIVITY_SELECT, type TActivityFields, type TActivityRow } from "./activity-select";

const LINK_FIELDS = ["companyId", "contactId", "objectId", "dealId"] as const;

/**
 * Saves an activity's fields at the version the caller read. The engine judges `edit` on the
 * stored activity and again on the activity as it would be saved, so no one turns a record
 * into one they could not edit (a note into a monitored call, say). The responsible stays.
 */
export async function updateActivity(
  scope: TProjectScope,
  input: { id: string; version: number; fields: Partial<TActivityFields> },
): Promise<TActivityRow> {
  const { companyId, contactId, objectId, dealId, ...fields } = input.fields;
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("activity", input.id, "edit", tx);
    const links = await findLinksOrThrow(scope, tx, { companyId, contactId, objectId, dealId });
    const saved = applyChange(stored, fields, links);
    assertStillLinked(saved);
    assertAllowed(scope.subject, "edit", "activity", saved);
    const { after } = await changeAtVersion(scope, tx, {
      resource: "activity",
      noun: "activity",
      id: input.id,
      version: input.version,
      read: () =>
        tx.activity.findUniqueOrThrow({ where: { id: input.id }, select: ACTIVITY_SELECT }),
      write: () =>
        tx.activity.update({
          where: { id: input.id, version: input.version },
          data: { ...fields, companyId, contactId, objectId, dealId, version: { increment: 1 } },
          select: ACTIVITY_SELECT,
        }),
    });
    return after;
  });
}

/** An activity is always on some record's history: the last link cannot be removed. */
function assertStillLinked(activity: EngineRecord): void {
  if (LINK_FIELDS.some((field) => activity[field])) return;
  throw new AppError("INVALID_INPUT", { key: "activities.keepOneLink" }, { field: "companyId" });
}
