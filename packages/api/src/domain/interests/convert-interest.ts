import { AppError } from "../../errors";
import { assertAllowed } from "../access/assert-allowed";
import type { TProjectScope } from "../access/project-scope";
import { insertDeal, type TNewDeal } from "../deals/create-deal";
import { lineTotal } from "../deals/deal-products";
import { presentDeal, type TDeal } from "../deals/deal-select";
import { assertWritableFields, fieldAccessOf } from "../fields/built-in-fields";
import { changeAtVersion, staleVersion } from "../versioning/versioned-change";
import { interestAfter } from "./interest-links";
import { INTEREST_SELECT, presentInterest, type TInterest } from "./interest-select";

export type TConvertInput = Pick<
  TNewDeal,
  "stageId" | "pipelineId" | "amount" | "expectedCloseAt" | "partnerId"
> & {
  id: string;
  version: number;
  title?: string | undefined;
  currency?: string | undefined;
};

/**
 * Turns an interest into a deal (G5), in one transaction: the interest becomes `converted`
 * (an `edit`, judged on it as it is and as it will be) and the new deal links back to it
 * (a `create`, judged on the draft like any new deal, with the interest's company and
 * contact). The deal keeps the interest's responsible; when that is not the caller, creating
 * it for them also needs `assign`, as any create for someone else does. Its direction is the
 * converter's (B3). Without an amount given, the interest's product (when still sold, in the
 * deal's currency) becomes the deal's first line at its list price, and so its amount.
 */
export async function convertInterest(
  scope: TProjectScope,
  input: TConvertInput,
): Promise<{ interest: TInterest; deal: TDeal }> {
  const { id, version, ...deal } = input;
  assertWritableFields("deal", fieldAccessOf(scope.subject, "deal"), {
    ...(deal.amount === undefined ? {} : { amount: deal.amount }),
    ...(deal.expectedCloseAt === undefined ? {} : { expectedCloseAt: deal.expectedCloseAt }),
  });
  return scope.db.$transaction(async (tx) => {
    const stored = await scope.findVisibleOrThrow("interest", id, "edit", tx);
    const interest = await tx.interest.findUniqueOrThrow({
      where: { id },
      select: {
        ...INTEREST_SELECT,
        product: { select: { id: true, unitPrice: true, currency: true, isActive: true } },
      },
    });
    if (interest.version !== version) throw staleVersion("interest");
    if (interest.status === "converted" || interest.status === "discarded") {
      throw new AppError("CONFLICT", {
        key: interest.status === "converted" ? "interests.alreadyConverted" : "interests.discarded",
      });
    }
    assertAllowed(
      scope.subject,
      "edit",
      "interest",
      interestAfter(stored, { status: "converted" }),
    );
    const currency = deal.currency ?? interest.product?.currency;
    if (!currency) {
      throw new AppError("INVALID_INPUT", { key: "interests.giveCurrency" }, { field: "currency" });
    }
    // A given amount is the caller's; a product line would contradict it.
    const product =
      deal.amount === undefined &&
      interest.product?.isActive &&
      interest.product.currency === currency
        ? interest.product
        : null;
    const line = product
      ? {
          productId: product.id,
          quantity: "1",
          unitPrice: product.unitPrice.toFixed(2),
          discount: "0",
        }
      : null;
    const { row, tasks } = await insertDeal(scope, tx, {
      ...deal,
      title: deal.title ?? interest.title,
      currency,
      amount: line ? lineTotal(line).toFixed(2) : deal.amount,
      companyId: interest.companyId,
      contactId: interest.contactId,
      responsibleId: interest.responsible.id,
      interestId: interest.id,
    });
    if (line) await tx.dealProduct.create({ data: { ...line, dealId: row.id } });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "deal",
      recordId: row.id,
      after: { ...row, lines: line ? [line] : [], tasksCreated: tasks.map((task) => task.id) },
    });
    const { after } = await changeAtVersion(scope, tx, {
      resource: "interest",
      noun: "interest",
      id,
      version,
      action: "convert",
      read: () => tx.interest.findUniqueOrThrow({ where: { id }, select: INTEREST_SELECT }),
      write: () =>
        tx.interest.update({
          where: { id, version },
          data: { status: "converted", version: { increment: 1 } },
          select: INTEREST_SELECT,
        }),
      auditExtra: () => ({ dealId: row.id }),
    });
    return {
      interest: await presentInterest(scope, tx, after),
      deal: await presentDeal(scope, tx, row),
    };
  });
}
