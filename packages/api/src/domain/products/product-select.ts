import type { Prisma } from "@charter/db/client";

/** What every product answer carries; the output schema names exactly these fields. */
export const PRODUCT_SELECT = {
  id: true,
  sku: true,
  name: true,
  description: true,
  unitPrice: true,
  currency: true,
  vatRate: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.ProductSelect;

type TProductRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT_SELECT }>;

/** Money and rates leave the server as decimal strings: no float ever rounds a price. */
export type TProduct = Omit<TProductRow, "unitPrice" | "vatRate"> & {
  unitPrice: string;
  vatRate: string;
};

export function presentProduct(row: TProductRow): TProduct {
  return { ...row, unitPrice: row.unitPrice.toFixed(2), vatRate: row.vatRate.toFixed(2) };
}

/** The fields a person edits on a product. */
export type TProductFields = {
  sku: string;
  name: string;
  description?: string | null | undefined;
  unitPrice: string;
  currency: string;
  vatRate?: string | undefined;
};
