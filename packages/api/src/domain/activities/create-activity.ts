import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { buildDraft, findOwner } from "../work-records/draft";
import { findLinksOrThrow } from "../work-records/links";
import { ACTIVITY_SELECT, type TActivityFields, type TActivityRow } from "./activity-select";

/**
 * Logs an activity as the engine would judge it saved: the creator is its responsible, their
 * sales direction is stamped on it (B3), and every record it hangs on must be one they may
 * view. Judged, written and audited in one transaction.
 */
export async function createActivity(
  scope: TProjectScope,
  input: TActivityFields,
): Promise<TActivityRow> {
  const { subject, project } = scope;
  const { companyId, contactId, objectId, dealId, ...fields } = input;
  return scope.db.$transaction(async (tx) => {
    const links = await findLinksOrThrow(scope, tx, {
      companyId: companyId ?? null,
      contactId: contactId ?? null,
      objectId: objectId ?? null,
      dealId: dealId ?? null,
    });
    const owner = await findOwner(tx, subject.employeeId);
    assertAllowed(
      subject,
      "create",
      "activity",
      buildDraft({
        projectId: project.id,
        directionId: subject.directionId,
        owner,
        links,
        fields: { kind: fields.kind },
      }),
    );
    const activity = await tx.activity.create({
      data: {
        ...fields,
        occurredAt: fields.occurredAt ?? subject.context.now,
        companyId: companyId ?? null,
        contactId: contactId ?? null,
        objectId: objectId ?? null,
        dealId: dealId ?? null,
        projectId: project.id,
        responsibleId: subject.employeeId,
        directionId: subject.directionId,
      },
      select: ACTIVITY_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "activity",
      recordId: activity.id,
      after: activity,
    });
    return activity;
  });
}
