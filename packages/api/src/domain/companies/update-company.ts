import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import type { TCompanyFields } from "./company-fields";
import { auditPair, withCustomSections } from "../custom-fields/card-answer";
import type { TCustomSection, TCustomValuesInput } from "../custom-fields/custom-values.schema";
import { writeCustomValues } from "../custom-fields/write-custom-values";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { COMPANY_SELECT, presentCompanyFor, type TCompanyRow } from "./company-select";
import { assertCompanyTypeOrThrow } from "./responsible-facts";

export function staleVersion(): AppError {
  return new AppError("CONFLICT", { key: "access.staleSaveAgain", params: { thing: "company" } });
}

/**
 * Saves a company's fields and custom values under optimistic locking: the write matches only
 * the version the caller read, so a stale save changes nothing and says so. Permission, the
 * write, the custom values (refused whole for a section the subject may not write) and the
 * audit entry all happen in one transaction, on the row the write will see.
 */
export async function updateCompany(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    fields?: Partial<TCompanyFields> | undefined;
    customValues?: TCustomValuesInput | undefined;
  },
): Promise<TCompanyRow & { customSections: TCustomSection[] }> {
  const fields = input.fields ?? {};
  assertWritableFields("company", fieldAccessOf(scope.subject, "company"), fields);
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("company", input.id, "edit", tx);
    await assertCompanyTypeOrThrow(tx, scope.project.id, fields.typeId);
    const before = await tx.company.findUniqueOrThrow({
      where: { id: input.id },
      select: COMPANY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion();
    const after = await updateAtVersion(tx, input.id, input.version, fields);
    const change = input.customValues
      ? await writeCustomValues(
          tx,
          scope.subject,
          {
            projectId: scope.project.id,
            kind: "company",
            recordId: after.id,
            typeId: after.typeId,
          },
          input.customValues,
        )
      : null;
    await scope.writeAudit(tx, {
      action: "update",
      resource: "company",
      recordId: input.id,
      ...auditPair(before, after, change),
    });
    return withCustomSections(
      tx,
      scope.subject,
      { kind: "company", id: after.id, typeId: after.typeId, editable: true },
      presentCompanyFor(scope.subject)(after),
    );
  });
}

/** `update … where { id, version }`: no row at that version is a conflict, not a crash. */
export async function updateAtVersion(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  data: Prisma.CompanyUncheckedUpdateInput,
): Promise<TCompanyRow> {
  try {
    return await tx.company.update({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
      select: COMPANY_SELECT,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleVersion();
    throw error;
  }
}
