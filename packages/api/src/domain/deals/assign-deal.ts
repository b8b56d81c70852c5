import type { TProjectScope } from "../access/project-scope";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { changeAtVersion } from "../versioning/versioned-change";
import { DEAL_SELECT, presentDeal, type TDeal } from "./deal-select";

/**
 * Hands a deal to another responsible. The engine judges `assign` on the deal before the
 * change; the new responsible must be an active employee of the project. The department
 * follows the responsible (a database trigger); the direction stays the deal's.
 */
export async function assignDeal(
  scope: TProjectScope,
  input: { id: string; version: number; responsibleId: string },
): Promise<TDeal> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("deal", input.id, "assign", tx);
    const responsible = await findResponsibleOrThrow(
      tx,
      scope.project.id,
      input.responsibleId,
      scope.subject.context.now,
    );
    const { after } = await changeAtVersion(scope, tx, {
      resource: "deal",
      noun: "deal",
      id: input.id,
      version: input.version,
      action: "assign",
      read: () => tx.deal.findUniqueOrThrow({ where: { id: input.id }, select: DEAL_SELECT }),
      write: () =>
        tx.deal.update({
          where: { id: input.id, version: input.version },
          data: { responsibleId: responsible.id, version: { increment: 1 } },
          select: DEAL_SELECT,
        }),
    });
    return presentDeal(scope, tx, after);
  });
}
