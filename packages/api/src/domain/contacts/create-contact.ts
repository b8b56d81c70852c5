import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { assertRecordTypeOrThrow } from "../custom-fields/record-type";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import {
  CONTACT_SELECT,
  presentContactFor,
  type TContactFields,
  type TContactRow,
} from "./contact-select";
import { buildRecordDraft, findLinkedCompanyOrThrow } from "./record-draft";

/**
 * Creates a contact as the engine would judge it saved: stamped with the creator's sales
 * direction (B3), the creator responsible unless another is given and the creator may `assign`.
 */
export async function createContact(
  scope: TProjectScope,
  input: TContactFields & { responsibleId?: string | undefined },
): Promise<TContactRow> {
  const { subject, project } = scope;
  const { responsibleId = subject.employeeId, ...fields } = input;
  // Names are never limited; any other field given must be the subject's to write.
  const { firstName: _first, lastName: _last, ...limitable } = fields;
  assertWritableFields("contact", fieldAccessOf(subject, "contact"), limitable);
  return scope.db.$transaction(async (tx) => {
    await assertRecordTypeOrThrow(tx, project.id, "contact", fields.typeId);
    const company = await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    const draftOf = async (employeeId: string) =>
      buildRecordDraft({
        projectId: project.id,
        directionId: subject.directionId,
        typeId: fields.typeId ?? null,
        company,
        responsible: await findResponsibleOrThrow(tx, project.id, employeeId, subject.context.now),
      });
    if (responsibleId !== subject.employeeId) {
      assertAllowed(subject, "assign", "contact", await draftOf(subject.employeeId));
    }
    assertAllowed(subject, "create", "contact", await draftOf(responsibleId));

    const contact = await tx.contact.create({
      data: { ...fields, projectId: project.id, responsibleId, directionId: subject.directionId },
      select: CONTACT_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "contact",
      recordId: contact.id,
      after: contact,
    });
    return presentContactFor(subject)(contact);
  });
}
