import type { Prisma } from "@charter/db/client";

/** What every invoice answer carries; the output schemas name exactly these fields. */
export const INVOICE_SELECT = {
  id: true,
  number: true,
  status: true,
  currency: true,
  issuedAt: true,
  dueAt: true,
  paidAt: true,
  totalNet: true,
  totalVat: true,
  totalGross: true,
  companyId: true,
  dealId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.InvoiceSelect;

export const INVOICE_WITH_LINES_SELECT = {
  ...INVOICE_SELECT,
  lines: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      productId: true,
      description: true,
      quantity: true,
      unitPrice: true,
      vatRate: true,
      totalNet: true,
    },
  },
} as const satisfies Prisma.InvoiceSelect;

type TInvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof INVOICE_SELECT }>;
type TInvoiceWithLinesRow = Prisma.InvoiceGetPayload<{ select: typeof INVOICE_WITH_LINES_SELECT }>;

/** A calendar date column as the API spells it. */
export function toDateString(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** Money leaves as decimal strings with two places: exact, and never a float on the way. */
export function presentInvoice(row: TInvoiceRow) {
  return {
    ...row,
    issuedAt: toDateString(row.issuedAt),
    dueAt: toDateString(row.dueAt),
    totalNet: row.totalNet.toFixed(2),
    totalVat: row.totalVat.toFixed(2),
    totalGross: row.totalGross.toFixed(2),
  };
}

export function presentInvoiceWithLines(row: TInvoiceWithLinesRow) {
  return {
    ...presentInvoice(row),
    lines: row.lines.map((line) => ({
      ...line,
      quantity: line.quantity.toString(),
      unitPrice: line.unitPrice.toFixed(2),
      vatRate: line.vatRate.toFixed(2),
      totalNet: line.totalNet.toFixed(2),
    })),
  };
}

export type TInvoiceAnswer = ReturnType<typeof presentInvoiceWithLines>;
