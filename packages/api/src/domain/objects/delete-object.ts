import type { TProjectScope } from "../access/project-scope";
import { OBJECT_SELECT, staleObject } from "./object-select";

/**
 * Deletes an object at the version the caller read; its activities and custom values go with
 * it, and the audit entry counts them.
 */
export async function deleteObject(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("object", input.id, "delete", tx);
    const before = await tx.crmObject.findUniqueOrThrow({
      where: { id: input.id },
      select: OBJECT_SELECT,
    });
    if (before.version !== input.version) throw staleObject();
    // The schema cascades these with the object; the audit entry says how many went.
    const activities = await tx.activity.count({ where: { objectId: input.id } });
    const customValues = await tx.customFieldValue.count({ where: { objectId: input.id } });
    const deleted = await tx.crmObject.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (deleted.count === 0) throw staleObject();
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "object",
      recordId: input.id,
      before: { ...before, deletedActivities: activities, deletedCustomValues: customValues },
    });
  });
}
