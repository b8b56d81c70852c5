import { Prisma } from "@charter/db/client";

/** A figure's count and its sums for one currency; sums are null when amounts are hidden. */
export type TCurrencyFigure = {
  currency: string;
  count: number;
  amount: string | null;
};

/** Exact decimal text with two places, as money is stored. */
export function formatMoney(value: Prisma.Decimal | null | undefined): string {
  return (value ?? new Prisma.Decimal(0)).toFixed(2);
}

/** `amount × probability %`, kept exact until it is formatted. */
export function weightedAmount(
  amount: Prisma.Decimal | null | undefined,
  probability: number,
): Prisma.Decimal {
  return (amount ?? new Prisma.Decimal(0)).mul(probability).div(100);
}

export function addMoney(
  a: Prisma.Decimal | null | undefined,
  b: Prisma.Decimal | null | undefined,
): Prisma.Decimal {
  return (a ?? new Prisma.Decimal(0)).add(b ?? new Prisma.Decimal(0));
}

export function byCurrencyName<T extends { currency: string }>(a: T, b: T): number {
  return a.currency.localeCompare(b.currency);
}
