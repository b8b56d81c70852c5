import { canReachAny, type Subject } from "@charter/core/engine";
import { Prisma } from "@charter/db/client";

import type { TErrorMessage } from "../../error-messages";
import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";
import { computeInvoiceTotals, findOverflow, type TInvoiceTotals } from "./invoice-totals";

/** A line as the caller writes it: amounts are decimal strings; a product fills the gaps. */
export type TLineInput = {
  productId?: string | undefined;
  description?: string | undefined;
  quantity: string;
  unitPrice?: string | undefined;
  vatRate?: string | undefined;
};

export type TResolvedLines = {
  rows: Omit<Prisma.InvoiceLineCreateManyInput, "invoiceId">[];
  totals: TInvoiceTotals;
};

function lineError(index: number, field: string, message: TErrorMessage): AppError {
  return new AppError("INVALID_INPUT", message, { field: `lines[${index}].${field}` });
}

/**
 * Turns the caller's lines into stored lines and totals (I2). A product named on a line must
 * be an active product of the project that the caller may view; it supplies the description,
 * the VAT rate and — in the invoice's currency only — the unit price, when the line does not.
 */
export async function resolveInvoiceLines(
  db: TDbClient,
  subject: Subject,
  currency: string,
  lines: readonly TLineInput[],
): Promise<TResolvedLines> {
  const productIds = [...new Set(lines.flatMap((line) => line.productId ?? []))];
  const products =
    productIds.length > 0 && canReachAny(subject, "view", "product")
      ? await db.product.findMany({
          where: { projectId: subject.projectId, isActive: true, id: { in: productIds } },
          select: { id: true, name: true, unitPrice: true, currency: true, vatRate: true },
        })
      : [];
  const byId = new Map(products.map((product) => [product.id, product]));

  const amounts = lines.map((line, index) => {
    const product = line.productId ? byId.get(line.productId) : undefined;
    if (line.productId && !product) {
      throw lineError(index, "productId", { key: "deals.noProductInCatalogue" });
    }
    const description = line.description ?? product?.name;
    if (!description) throw lineError(index, "description", { key: "invoices.describeLine" });
    if (line.unitPrice === undefined && product && product.currency !== currency) {
      throw lineError(index, "unitPrice", {
        key: "invoices.otherCurrency",
        params: { productCurrency: product.currency, invoiceCurrency: currency },
      });
    }
    const unitPrice = line.unitPrice ?? product?.unitPrice.toFixed(2);
    if (unitPrice === undefined)
      throw lineError(index, "unitPrice", { key: "invoices.giveUnitPrice" });
    return {
      productId: product?.id ?? null,
      description,
      quantity: new Prisma.Decimal(line.quantity),
      unitPrice: new Prisma.Decimal(unitPrice),
      vatRate: new Prisma.Decimal(line.vatRate ?? product?.vatRate.toFixed(2) ?? "0"),
    };
  });

  const totals = computeInvoiceTotals(amounts);
  const overflow = findOverflow(totals);
  if (overflow) {
    throw new AppError("INVALID_INPUT", { key: "invoices.amountTooLarge" }, { field: overflow });
  }
  return {
    rows: amounts.map((line, index) => ({
      ...line,
      position: index + 1,
      totalNet: totals.lineNets[index] ?? new Prisma.Decimal(0),
    })),
    totals,
  };
}
