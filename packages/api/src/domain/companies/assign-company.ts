import type { TProjectScope } from "../access/project-scope";
import { COMPANY_SELECT, presentCompanyFor, type TCompanyRow } from "./company-select";
import { findResponsibleOrThrow } from "./responsible-facts";
import { staleVersion, updateAtVersion } from "./update-company";

/**
 * Hands a company to another responsible. The engine judges `assign` on the company before
 * the change; the new responsible must be an active employee of the project. Its department
 * follows the responsible (a database trigger).
 */
export async function assignCompany(
  scope: TProjectScope,
  input: { id: string; version: number; responsibleId: string },
): Promise<TCompanyRow> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("company", input.id, "assign", tx);
    const responsible = await findResponsibleOrThrow(
      tx,
      scope.project.id,
      input.responsibleId,
      scope.subject.context.now,
    );
    const before = await tx.company.findUniqueOrThrow({
      where: { id: input.id },
      select: COMPANY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion();
    const after = await updateAtVersion(tx, input.id, input.version, {
      responsibleId: responsible.id,
    });
    await scope.writeAudit(tx, {
      action: "assign",
      resource: "company",
      recordId: input.id,
      before,
      after,
    });
    return presentCompanyFor(scope.subject)(after);
  });
}
