import type { TProjectScope } from "../access/project-scope";
import { findVisibleLinks, type TLink } from "../access/visible-links";

type TLinked = { companyId: string; dealId: string | null };
type TLine = { productId: string | null };

type TNamed<T extends TLinked> = Omit<T, "companyId" | "dealId"> & {
  company: TLink;
  deal: TLink;
};

export type TInvoiceLinks<T extends TLinked> = T extends { lines: (infer L extends TLine)[] }
  ? Omit<TNamed<T>, "lines"> & { lines: (Omit<L, "productId"> & { product: TLink })[] }
  : TNamed<T>;

/**
 * Invoices as answers: the company, the deal and each line's product named where the caller
 * may view them, `null` where not (D7). An invoice the caller may see can be for a company
 * they may not; the stored rows (audit, totals) keep their ids.
 */
export async function withInvoiceLinks<T extends TLinked & { lines?: TLine[] }>(
  scope: Pick<TProjectScope, "db" | "reach" | "subject">,
  invoices: readonly T[],
): Promise<TInvoiceLinks<T>[]> {
  const links = await findVisibleLinks(scope, scope.db, {
    company: invoices.map((invoice) => invoice.companyId),
    deal: invoices.map((invoice) => invoice.dealId),
    product: invoices.flatMap((invoice) => (invoice.lines ?? []).map((line) => line.productId)),
  });
  return invoices.map(({ companyId, dealId, ...invoice }) => {
    const named = { ...invoice, company: links.company(companyId), deal: links.deal(dealId) };
    if (!invoice.lines) return named as unknown as TInvoiceLinks<T>;
    return {
      ...named,
      lines: invoice.lines.map(({ productId, ...line }) => ({
        ...line,
        product: links.product(productId),
      })),
    } as unknown as TInvoiceLinks<T>;
  });
}

export async function withInvoiceLink<T extends TLinked & { lines?: TLine[] }>(
  scope: Pick<TProjectScope, "db" | "reach" | "subject">,
  invoice: T,
): Promise<TInvoiceLinks<T>> {
  const [answer] = await withInvoiceLinks(scope, [invoice]);
  if (!answer) throw new Error("withInvoiceLinks answered nothing for one invoice.");
  return answer;
}
