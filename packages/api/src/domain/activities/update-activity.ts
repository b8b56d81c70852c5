import { AppError } from "../../errors";
import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { applyChange } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { assertVersion, atVersion } from "../work-records/versions";
import { ACTIVITY_SELECT, type TActivityFields, type TActivityRow } from "./activity-select";

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
    const before = await tx.activity.findUniqueOrThrow({
      where: { id: input.id },
      select: ACTIVITY_SELECT,
    });
    assertVersion(before, input.version, "activity");
    assertStillLinked({
      companyId: companyId === undefined ? before.companyId : companyId,
      contactId: contactId === undefined ? before.contactId : contactId,
      objectId: objectId === undefined ? before.objectId : objectId,
      dealId: dealId === undefined ? before.dealId : dealId,
    });
    const links = await findLinksOrThrow(scope, tx, { companyId, contactId, objectId, dealId });
    assertAllowed(scope.subject, "edit", "activity", applyChange(stored, fields, links));

    const after = await atVersion("activity", () =>
      tx.activity.update({
        where: { id: input.id, version: input.version },
        data: { ...fields, companyId, contactId, objectId, dealId, version: { increment: 1 } },
        select: ACTIVITY_SELECT,
      }),
    );
    await scope.writeAudit(tx, {
      action: "update",
      resource: "activity",
      recordId: input.id,
      before,
      after,
    });
    return after;
  });
}

/** An activity is always on some record's history: the last link cannot be removed. */
export function assertStillLinked(links: Record<string, string | null>): void {
  if (Object.values(links).some(Boolean)) return;
  throw new AppError(
    "INVALID_INPUT",
    "companyId: an activity must stay linked to a company, contact, object or deal; link another before removing the last.",
  );
}
