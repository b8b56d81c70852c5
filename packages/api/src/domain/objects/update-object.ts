import type { TProjectScope } from "../access/project-scope";
import { assertLinkedContactOrThrow, findLinkedCompanyOrThrow } from "../contacts/record-draft";
import { auditPair, withCustomSections } from "../custom-fields/card-answer";
import type { TCustomSection, TCustomValuesInput } from "../custom-fields/custom-values.schema";
import { assertRecordTypeOrThrow } from "../custom-fields/record-type";
import { writeCustomValues } from "../custom-fields/write-custom-values";
import {
  isNoRowMatched,
  OBJECT_SELECT,
  staleObject,
  type TObjectFields,
  type TObjectRow,
} from "./object-select";

/**
 * Saves an object's fields and custom values under optimistic locking, in one transaction with
 * its audit entry: a stale version, a refused custom section or a bad value changes nothing.
 */
export async function updateObject(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields?: Partial<TObjectFields> | undefined;
    customValues?: TCustomValuesInput | undefined;
  },
): Promise<TObjectRow & { customSections: TCustomSection[] }> {
  const fields = input.fields ?? {};
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("object", input.id, "edit", tx);
    await assertRecordTypeOrThrow(tx, scope.project.id, "object", fields.typeId);
    await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    await assertLinkedContactOrThrow(scope, tx, fields.contactId);
    const before = await tx.crmObject.findUniqueOrThrow({
      where: { id: input.id },
      select: OBJECT_SELECT,
    });
    if (before.version !== input.version) throw staleObject();
    const after = await tx.crmObject
      .update({
        where: { id: input.id, version: input.version },
        data: { ...fields, version: { increment: 1 } },
        select: OBJECT_SELECT,
      })
      .catch((error: unknown) => {
        throw isNoRowMatched(error) ? staleObject() : error;
      });
    const change = input.customValues
      ? await writeCustomValues(
          tx,
          scope.subject,
          { projectId: scope.project.id, kind: "object", recordId: after.id, typeId: after.typeId },
          input.customValues,
        )
      : null;
    await scope.writeAudit(tx, {
      action: "update",
      resource: "object",
      recordId: input.id,
      ...auditPair(before, after, change),
    });
    return withCustomSections(
      tx,
      scope.subject,
      { kind: "object", ...after, editable: true },
      after,
    );
  });
}
