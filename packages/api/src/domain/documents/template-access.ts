import { decide, type EngineRecord, type Subject } from "@charter/core/engine";
import type { DocumentKind, Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

export const DOCUMENT_KINDS = [
  "contract",
  "offer",
  "order",
  "invoice",
  "other",
] as const satisfies readonly DocumentKind[];

/** A document of this kind as the engine would see it if the subject made it, unlinked. */
export function ownDocumentDraft(subject: Subject, kind: DocumentKind): EngineRecord {
  return {
    projectId: subject.projectId,
    kind,
    status: "draft",
    responsibleId: subject.employeeId,
    departmentId: subject.departmentId,
    directionId: subject.directionId,
    responsible: { managerPath: subject.managerPath },
    department: subject.departmentPath ? { path: subject.departmentPath } : null,
    companyId: null,
    company: null,
    contactId: null,
    dealId: null,
    deal: null,
  };
}

/**
 * The kinds of document the subject may create as their own (D9): the Complaints role's
 * grants exclude contracts and invoices by a condition on `kind`, so their templates are
 * not offered either. A right that depends on the linked client or deal is judged again,
 * in full, when the document is generated.
 */
export function creatableKinds(subject: Subject): DocumentKind[] {
  return DOCUMENT_KINDS.filter(
    (kind) => decide(subject, "create", "document", ownDocumentDraft(subject, kind)).allowed,
  );
}

/**
 * The templates the subject may use (D9): active, of a kind they may create, and either open
 * to everyone or limited to a CRM group they belong to. An Admin passes group limits, as
 * with custom sections (docs/permissions.md, "Fields").
 */
export function usableTemplateWhere(subject: Subject): Prisma.DocumentTemplateWhereInput {
  const groups: Prisma.DocumentTemplateWhereInput =
    subject.userType === "admin"
      ? {}
      : {
          OR: [
            { limitedToGroups: { none: {} } },
            { limitedToGroups: { some: { groupId: { in: subject.groups.map((g) => g.id) } } } },
          ],
        };
  return {
    projectId: subject.projectId,
    isActive: true,
    kind: { in: creatableKinds(subject) },
    ...groups,
  };
}

export function templateNotFound(): AppError {
  return new AppError("NOT_FOUND", { key: "documents.noUsableTemplate" });
}
