import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { COMPANY_SELECT, presentCompanyFor, type TCompanyRow } from "./company-select";
import {
  assertCompanyTypeOrThrow,
  buildCompanyDraft,
  findResponsibleOrThrow,
} from "./responsible-facts";
import type { TCompanyFields } from "./company-fields";

/**
 * Creates a company as the engine would judge it saved: the creator's sales direction is
 * stamped on it (SPEC B3) and the creator is its responsible, unless another responsible
 * is given and the creator may `assign` (judged on the company as if it were theirs).
 */
export async function createCompany(
  scope: TProjectScope,
  input: TCompanyFields & { responsibleId?: string | undefined },
): Promise<TCompanyRow> {
  const { subject, project } = scope;
  const { responsibleId = subject.employeeId, ...fields } = input;
  const { name: _name, ...limitable } = fields;
  assertWritableFields("company", fieldAccessOf(subject, "company"), limitable);
  return scope.db.$transaction(async (tx) => {
    await assertCompanyTypeOrThrow(tx, project.id, fields.typeId);
    const draftOf = async (employeeId: string) =>
      buildCompanyDraft({
        projectId: project.id,
        directionId: subject.directionId,
        typeId: fields.typeId ?? null,
        isPartner: fields.isPartner ?? false,
        responsible: await findResponsibleOrThrow(tx, project.id, employeeId, subject.context.now),
      });
    if (responsibleId !== subject.employeeId) {
      assertAllowed(subject, "assign", "company", await draftOf(subject.employeeId));
    }
    assertAllowed(subject, "create", "company", await draftOf(responsibleId));

    const company = await tx.company.create({
      data: { ...fields, projectId: project.id, responsibleId, directionId: subject.directionId },
      select: COMPANY_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "company",
      recordId: company.id,
      after: company,
    });
    return presentCompanyFor(subject)(company);
  });
}
