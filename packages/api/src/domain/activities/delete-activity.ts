import type { TProjectScope } from "../access/project-scope";
import { saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { ACTIVITY_SELECT } from "./activity-select";

/**
 * Deletes an activity with its audit entry. Deleting is its own right (D4: an override may
 * deny it while editing stays allowed); the engine judges it on the stored activity.
 */
export async function deleteActivity(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("activity", input.id, "delete", tx);
    const before = await tx.activity.findUniqueOrThrow({
      where: { id: input.id },
      select: ACTIVITY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("activity");
    await saveAtVersion("activity", () =>
      tx.activity.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "activity",
      recordId: input.id,
      before,
    });
  });
}
