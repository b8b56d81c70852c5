import { Prisma } from "@charter/db/client";

import { escapeHtml, type TMergeValue } from "./merge-fields";

/** A table of text cells; every header and cell is escaped, so the markup is the API's own. */
export function htmlTable(headers: readonly string[], rows: readonly string[][]): TMergeValue {
  const head = headers.map((header) => `<th>${escapeHtml(header)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("");
  return { html: `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` };
}

export type TDealProductLine = {
  name: string;
  sku: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  discount: Prisma.Decimal;
};

/** quantity × unit price less the discount (percent), to the cent, in decimal arithmetic. */
export function dealLineTotal(line: TDealProductLine): Prisma.Decimal {
  const share = new Prisma.Decimal(100).minus(line.discount).div(100);
  return line.quantity
    .mul(line.unitPrice)
    .mul(share)
    .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}

/**
 * The deal's products table. When the deal's amount is hidden from the author, prices are
 * too: the lines would add up to it.
 */
export function productsTable(
  lines: readonly TDealProductLine[],
  showPrices: boolean,
): TMergeValue {
  if (!showPrices) {
    return htmlTable(
      ["Product", "Quantity"],
      lines.map((line) => [line.name, line.quantity.toString()]),
    );
  }
  return htmlTable(
    ["Product", "Quantity", "Unit price", "Discount %", "Total"],
    lines.map((line) => [
      line.name,
      line.quantity.toString(),
      line.unitPrice.toFixed(2),
      line.discount.toString(),
      dealLineTotal(line).toFixed(2),
    ]),
  );
}

export type TInvoiceLineCells = {
  position: number;
  description: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  vatRate: Prisma.Decimal;
  totalNet: Prisma.Decimal;
};

export function invoiceLinesTable(lines: readonly TInvoiceLineCells[]): TMergeValue {
  return htmlTable(
    ["#", "Description", "Quantity", "Unit price", "VAT %", "Net"],
    lines.map((line) => [
      String(line.position),
      line.description,
      line.quantity.toString(),
      line.unitPrice.toFixed(2),
      line.vatRate.toString(),
      line.totalNet.toFixed(2),
    ]),
  );
}
