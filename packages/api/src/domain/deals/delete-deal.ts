import type { TProjectScope } from "../access/project-scope";
import { saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { DEAL_SELECT } from "./deal-select";

/**
 * Deletes a deal at the version the caller read. Its product lines, stage history, tasks and
 * activities go with it (the schema cascades them) and are counted in the audit entry;
 * documents and invoices stay, unlinked, as the legal records they are.
 */
export async function deleteDeal(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("deal", input.id, "delete", tx);
    const before = await tx.deal.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        ...DEAL_SELECT,
        _count: { select: { products: true, stageChanges: true, tasks: true, activities: true } },
      },
    });
    if (before.version !== input.version) throw staleVersion("deal");
    await saveAtVersion("deal", () =>
      tx.deal.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, { action: "delete", resource: "deal", recordId: input.id, before });
  });
}
