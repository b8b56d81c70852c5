import { Prisma } from "@charter/db/client";

// Invoice arithmetic (SPEC I2), in decimal throughout: a float never touches money.

const D = Prisma.Decimal;
type TDecimal = Prisma.Decimal;

export type TLineAmounts = { quantity: TDecimal; unitPrice: TDecimal; vatRate: TDecimal };

export type TInvoiceTotals = {
  /** Each line's net, in the order given. */
  lineNets: TDecimal[];
  totalNet: TDecimal;
  totalVat: TDecimal;
  totalGross: TDecimal;
};

/** Money columns are Decimal(14, 2): anything this large or larger cannot be stored. */
export const MONEY_LIMIT = new D("1e12");

function toCents(value: TDecimal): TDecimal {
  return value.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** quantity × unit price, rounded half up to the cent. */
export function lineNet(line: TLineAmounts): TDecimal {
  return toCents(line.quantity.mul(line.unitPrice));
}

/**
 * Net is the sum of the lines' nets. VAT is computed per rate on the sum of that rate's nets
 * and rounded once per rate (as a VAT summary prints it), not per line, so many small lines
 * do not drift by their rounding. Gross is net plus VAT.
 */
export function computeInvoiceTotals(lines: readonly TLineAmounts[]): TInvoiceTotals {
  const lineNets = lines.map(lineNet);
  const netByRate = new Map<string, { rate: TDecimal; net: TDecimal }>();
  lines.forEach((line, index) => {
    const key = line.vatRate.toFixed(2);
    const entry = netByRate.get(key) ?? { rate: line.vatRate, net: new D(0) };
    entry.net = entry.net.plus(lineNets[index] ?? 0);
    netByRate.set(key, entry);
  });
  const totalNet = lineNets.reduce((sum, net) => sum.plus(net), new D(0));
  const totalVat = [...netByRate.values()].reduce(
    (sum, { rate, net }) => sum.plus(toCents(net.mul(rate).div(100))),
    new D(0),
  );
  return { lineNets, totalNet, totalVat, totalGross: totalNet.plus(totalVat) };
}

/** The first amount that does not fit a money column, named for the error message. */
export function findOverflow(totals: TInvoiceTotals): string | null {
  const index = totals.lineNets.findIndex((net) => net.abs().gte(MONEY_LIMIT));
  if (index !== -1) return `lines[${index}]`;
  for (const name of ["totalNet", "totalVat", "totalGross"] as const) {
    if (totals[name].abs().gte(MONEY_LIMIT)) return name;
  }
  return null;
}
