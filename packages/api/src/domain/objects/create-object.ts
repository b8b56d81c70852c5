import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import {
  assertLinkedContactOrThrow,
  buildRecordDraft,
  findLinkedCompanyOrThrow,
} from "../contacts/record-draft";
import { assertRecordTypeOrThrow } from "../custom-fields/record-type";
import { OBJECT_SELECT, type TObjectFields, type TObjectRow } from "./object-select";

/** Creates an object as the engine would judge it saved, the creator responsible (B3 stamp). */
export async function createObject(
  scope: TProjectScope,
  fields: TObjectFields,
): Promise<TObjectRow> {
  const { subject, project } = scope;
  return scope.db.$transaction(async (tx) => {
    await assertRecordTypeOrThrow(tx, project.id, "object", fields.typeId);
    const company = await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    await assertLinkedContactOrThrow(scope, tx, fields.contactId);
    assertAllowed(
      subject,
      "create",
      "object",
      buildRecordDraft({
        projectId: project.id,
        directionId: subject.directionId,
        typeId: fields.typeId ?? null,
        company,
        contactId: fields.contactId ?? null,
        responsible: await findResponsibleOrThrow(
          tx,
          project.id,
          subject.employeeId,
          subject.context.now,
        ),
      }),
    );
    const object = await tx.crmObject.create({
      data: {
        ...fields,
        projectId: project.id,
        responsibleId: subject.employeeId,
        directionId: subject.directionId,
      },
      select: OBJECT_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "object",
      recordId: object.id,
      after: object,
    });
    return object;
  });
}
