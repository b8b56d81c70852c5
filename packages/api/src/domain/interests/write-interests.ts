import { AppError } from "../../errors";
import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import {
  assertLinkedContactOrThrow,
  buildRecordDraft,
  findLinkedCompanyOrThrow,
} from "../contacts/record-draft";
import { changeAtVersion, saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { assertLinkedProductOrThrow, interestAfter } from "./interest-links";
import {
  INTEREST_SELECT,
  presentInterest,
  type TInterest,
  type TInterestFields,
} from "./interest-select";

type TStatus = "new" | "qualified" | "discarded";

/**
 * Creates an interest (a lead, G5) as the engine would judge it saved: stamped with the
 * creator's sales direction (B3), the creator responsible unless another is given and the
 * creator may `assign`.
 */
export async function createInterest(
  scope: TProjectScope,
  input: TInterestFields & { responsibleId?: string | undefined },
): Promise<TInterest> {
  const { subject, project } = scope;
  const { responsibleId = subject.employeeId, ...fields } = input;
  return scope.db.$transaction(async (tx) => {
    const company = await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    await assertLinkedContactOrThrow(scope, tx, fields.contactId);
    await assertLinkedProductOrThrow(scope, tx, fields.productId);
    const draftOf = async (employeeId: string) => ({
      ...buildRecordDraft({
        projectId: project.id,
        directionId: subject.directionId,
        typeId: null,
        company,
        contactId: fields.contactId ?? null,
        responsible: await findResponsibleOrThrow(tx, project.id, employeeId, subject.context.now),
      }),
      status: "new",
      productId: fields.productId ?? null,
    });
    if (responsibleId !== subject.employeeId) {
      assertAllowed(subject, "assign", "interest", await draftOf(subject.employeeId));
    }
    assertAllowed(subject, "create", "interest", await draftOf(responsibleId));
    const row = await tx.interest.create({
      data: { ...fields, projectId: project.id, responsibleId, directionId: subject.directionId },
      select: INTEREST_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "interest",
      recordId: row.id,
      after: row,
    });
    return presentInterest(scope, tx, row);
  });
}

/**
 * Saves an interest at the version the caller read, judged by the engine on the interest as
 * it is and as it would be (a grant may read its status or company). Converting is its own
 * procedure, and a converted interest stays converted.
 */
export async function updateInterest(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields: Partial<TInterestFields> & { status?: TStatus | undefined };
  },
): Promise<TInterest> {
  const { fields } = input;
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("interest", input.id, "edit", tx);
    if (fields.status !== undefined && stored.status === "converted") {
      throw new AppError("INVALID_INPUT", { key: "interests.staysConverted" }, { field: "status" });
    }
    const company =
      fields.companyId === undefined
        ? undefined
        : await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
    await assertLinkedContactOrThrow(scope, tx, fields.contactId);
    await assertLinkedProductOrThrow(scope, tx, fields.productId);
    assertAllowed(scope.subject, "edit", "interest", interestAfter(stored, { ...fields, company }));
    const { after } = await changeAtVersion(scope, tx, {
      resource: "interest",
      noun: "interest",
      id: input.id,
      version: input.version,
      read: () =>
        tx.interest.findUniqueOrThrow({ where: { id: input.id }, select: INTEREST_SELECT }),
      write: () =>
        tx.interest.update({
          where: { id: input.id, version: input.version },
          data: { ...fields, version: { increment: 1 } },
          select: INTEREST_SELECT,
        }),
    });
    return presentInterest(scope, tx, after);
  });
}

/** Hands an interest to another responsible; `assign` is judged on it before the change. */
export async function assignInterest(
  scope: TProjectScope,
  input: { id: string; version: number; responsibleId: string },
): Promise<TInterest> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("interest", input.id, "assign", tx);
    const responsible = await findResponsibleOrThrow(
      tx,
      scope.project.id,
      input.responsibleId,
      scope.subject.context.now,
    );
    const { after } = await changeAtVersion(scope, tx, {
      resource: "interest",
      noun: "interest",
      id: input.id,
      version: input.version,
      action: "assign",
      read: () =>
        tx.interest.findUniqueOrThrow({ where: { id: input.id }, select: INTEREST_SELECT }),
      write: () =>
        tx.interest.update({
          where: { id: input.id, version: input.version },
          data: { responsibleId: responsible.id, version: { increment: 1 } },
          select: INTEREST_SELECT,
        }),
    });
    return presentInterest(scope, tx, after);
  });
}

/** Deletes an interest; deals converted from it keep their rows, unlinked. */
export async function deleteInterest(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("interest", input.id, "delete", tx);
    const before = await tx.interest.findUniqueOrThrow({
      where: { id: input.id },
      select: INTEREST_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("interest");
    await saveAtVersion("interest", () =>
      tx.interest.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "interest",
      recordId: input.id,
      before,
    });
  });
}
