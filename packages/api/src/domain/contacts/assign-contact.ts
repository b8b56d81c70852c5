import type { TProjectScope } from "../access/project-scope";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { CONTACT_SELECT, presentContactFor, type TContactRow } from "./contact-select";
import { staleContact, updateContactAtVersion } from "./contact-version";

/**
 * Hands a contact to another responsible. The engine judges `assign` on the contact before the
 * change; the new responsible must be a usable employee of the project.
 */
export async function assignContact(
  scope: TProjectScope,
  input: { id: string; version: number; responsibleId: string },
): Promise<TContactRow> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("contact", input.id, "assign", tx);
    const responsible = await findResponsibleOrThrow(
      tx,
      scope.project.id,
      input.responsibleId,
      scope.subject.context.now,
    );
    const before = await tx.contact.findUniqueOrThrow({
      where: { id: input.id },
      select: CONTACT_SELECT,
    });
    if (before.version !== input.version) throw staleContact();
    const after = await updateContactAtVersion(tx, input.id, input.version, {
      responsibleId: responsible.id,
    });
    await scope.writeAudit(tx, {
      action: "assign",
      resource: "contact",
      recordId: input.id,
      before,
      after,
    });
    return presentContactFor(scope.subject)(after);
  });
}
