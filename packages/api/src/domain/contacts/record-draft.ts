import type { EngineRecord } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TProjectScope, TDbClient } from "../access/project-scope";
import type { findResponsibleOrThrow } from "../companies/responsible-facts";

type TResponsible = Awaited<ReturnType<typeof findResponsibleOrThrow>>;

/**
 * A contact or object as the engine would see it once saved with this responsible and company
 * link (conditions may read `company.responsibleId`).
 */
export function buildRecordDraft(input: {
  projectId: string;
  directionId: string | null;
  typeId: string | null;
  company: { id: string; responsibleId: string } | null;
  contactId?: string | null;
  responsible: TResponsible;
}): EngineRecord {
  const { responsible, company } = input;
  return {
    projectId: input.projectId,
    typeId: input.typeId,
    companyId: company?.id ?? null,
    company: company ? { responsibleId: company.responsibleId } : null,
    ...(input.contactId === undefined ? {} : { contactId: input.contactId }),
    directionId: input.directionId,
    responsibleId: responsible.id,
    departmentId: responsible.departmentId,
    responsible: { managerPath: responsible.managerPath, name: responsible.name },
    department: responsible.department,
  };
}

/**
 * A link to a company (or contact) must name one the subject can see in this project: linking
 * to a record they cannot see would tell them it exists.
 */
export async function findLinkedCompanyOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  companyId: string | null | undefined,
): Promise<{ id: string; responsibleId: string } | null> {
  if (!companyId) return null;
  const company = await db.company.findFirst({
    where: {
      AND: [{ id: companyId, projectId: scope.project.id }, scope.reach("company", "view")],
    },
    select: { id: true, responsibleId: true },
  });
  if (!company) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "access.pickFromList", params: { thing: "company" } },
      { field: "companyId" },
    );
  }
  return company;
}

export async function assertLinkedContactOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  contactId: string | null | undefined,
): Promise<void> {
  if (!contactId) return;
  const contact = await db.contact.findFirst({
    where: {
      AND: [{ id: contactId, projectId: scope.project.id }, scope.reach("contact", "view")],
    },
    select: { id: true },
  });
  if (!contact) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "access.pickFromList", params: { thing: "contact" } },
      { field: "contactId" },
    );
  }
}
