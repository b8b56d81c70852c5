import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { assertLinkedContactOrThrow, findLinkedCompanyOrThrow } from "../contacts/record-draft";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { changeAtVersion } from "../versioning/versioned-change";
import { findLinkedPartnerOrThrow } from "./deal-draft";
import { DEAL_SELECT, presentDeal, type TDeal } from "./deal-select";

export type TDealFields = {
  title?: string | undefined;
  amount?: string | undefined;
  currency?: string | undefined;
  expectedCloseAt?: Date | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  partnerId?: string | null | undefined;
};

/**
 * Saves a deal's fields at the version the caller read. The stage, status and responsible
 * change only through moveStage and assign. The engine judges `edit` on the deal as it is and
 * as it would be: a new partner or company can take a deal out of what its editor may edit
 * (D6 reads `partner.responsibleId`). A deal with product lines takes its amount and currency
 * from them, so those are changed through setProducts.
 */
export async function updateDeal(
  scope: TProjectScope,
  input: { id: string; version: number; fields: TDealFields },
): Promise<TDeal> {
  const { fields } = input;
  assertWritableFields("deal", fieldAccessOf(scope.subject, "deal"), fields);
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("deal", input.id, "edit", tx);
    const after: Record<string, unknown> = { ...stored };
    if (fields.companyId !== undefined) {
      const company = await findLinkedCompanyOrThrow(scope, tx, fields.companyId);
      after.companyId = company?.id ?? null;
      after.company = company ? { responsibleId: company.responsibleId } : null;
    }
    if (fields.partnerId !== undefined) {
      const partner = await findLinkedPartnerOrThrow(scope, tx, fields.partnerId);
      after.partnerId = partner?.id ?? null;
      after.partner = partner
        ? { responsibleId: partner.responsibleId, directionId: partner.directionId }
        : null;
    }
    if (fields.contactId !== undefined) {
      await assertLinkedContactOrThrow(scope, tx, fields.contactId);
      after.contactId = fields.contactId;
    }
    if (fields.amount !== undefined) after.amount = Number(fields.amount);
    if (fields.currency !== undefined) after.currency = fields.currency;
    if (fields.amount !== undefined || fields.currency !== undefined) {
      const lines = await tx.dealProduct.count({ where: { dealId: input.id } });
      if (lines > 0) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "deals.amountFromLines", params: { count: lines } },
          { field: fields.amount === undefined ? "currency" : "amount" },
        );
      }
    }
    assertAllowed(scope.subject, "edit", "deal", after);
    const saved = await changeAtVersion(scope, tx, {
      resource: "deal",
      noun: "deal",
      id: input.id,
      version: input.version,
      read: () => tx.deal.findUniqueOrThrow({ where: { id: input.id }, select: DEAL_SELECT }),
      write: () =>
        tx.deal.update({
          where: { id: input.id, version: input.version },
          data: { ...fields, version: { increment: 1 } },
          select: DEAL_SELECT,
        }),
    });
    return presentDeal(scope, tx, saved.after);
  });
}
