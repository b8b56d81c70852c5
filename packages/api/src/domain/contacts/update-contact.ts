import type { TProjectScope } from "../access/project-scope";
import { auditPair, withCustomSections } from "../custom-fields/card-answer";
import type { TCustomSection, TCustomValuesInput } from "../custom-fields/custom-values.schema";
import { assertRecordTypeOrThrow } from "../custom-fields/record-type";
import { writeCustomValues } from "../custom-fields/write-custom-values";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import {
  CONTACT_SELECT,
  presentContactFor,
  type TContactFields,
  type TContactRow,
} from "./contact-select";
import { staleContact, updateContactAtVersion } from "./contact-version";
import { findLinkedCompanyOrThrow } from "./record-draft";

/**
 * Saves a contact's fields and custom values under optimistic locking, in one transaction with
 * its audit entry: a stale version, a refused custom section or a bad value changes nothing.
 */
export async function updateContact(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields?: Partial<TContactFields> | undefined;
    customValues?: TCustomValuesInput | undefined;
  },
): Promise<TContactRow & { customSections: TCustomSection[] }> {
  const fields = input.fields ?? {};
  assertWritableFields("contact", fieldAccessOf(scope.subject, "contact"), fields);
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("contact", input.id, "edit", tx);
    await assertRecordTypeOrThrow(tx, scope.project.id, "contact", fields.typeId);
    await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    const before = await tx.contact.findUniqueOrThrow({
      where: { id: input.id },
      select: CONTACT_SELECT,
    });
    if (before.version !== input.version) throw staleContact();
    const after = await updateContactAtVersion(tx, input.id, input.version, fields);
    const card = { kind: "contact", id: after.id, typeId: after.typeId, editable: true } as const;
    const change = input.customValues
      ? await writeCustomValues(
          tx,
          scope.subject,
          {
            projectId: scope.project.id,
            kind: "contact",
            recordId: after.id,
            typeId: after.typeId,
          },
          input.customValues,
        )
      : null;
    await scope.writeAudit(tx, {
      action: "update",
      resource: "contact",
      recordId: input.id,
      ...auditPair(before, after, change),
    });
    return withCustomSections(tx, scope.subject, card, presentContactFor(scope.subject)(after));
  });
}
