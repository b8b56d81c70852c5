import type { TSort } from "~/components/ui/data-table";

import { toCents } from "../shared/money";
import type { TDeal } from "../shared/deal-types";
import type { TDealSortKey } from "./deal-filters";

type TSortValue = string | number | bigint | null;

function valueOf(deal: TDeal, key: TDealSortKey): TSortValue {
  switch (key) {
    case "title":
      return deal.title;
    case "company":
      return deal.company?.name ?? null;
    case "stage":
      // Open stages by their odds (how far along the pipeline), then won, then lost.
      return deal.stage.outcome === "open"
        ? deal.stage.probability
        : deal.stage.outcome === "won"
          ? 1000
          : 1001;
    case "amount":
      return deal.amount === undefined ? null : toCents(deal.amount);
    case "responsible":
      return deal.responsible.name;
    case "expectedCloseAt":
      return deal.expectedCloseAt?.getTime() ?? null;
    case "updatedAt":
      return deal.updatedAt.getTime();
  }
}

/**
 * The deals in the reader's chosen order, in the browser (the API lists newest change first
 * only, so the list sorts only once every matching deal is at hand). Text compares in the
 * reader's language; a missing or hidden value sorts last either way; ties keep the API's order.
 */
export function sortDeals(
  rows: readonly TDeal[],
  sort: TSort<TDealSortKey>,
  locale: string,
): TDeal[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const factor = sort.direction === "asc" ? 1 : -1;
  const compare = (a: TSortValue, b: TSortValue): number => {
    if (a === null || b === null) return 0;
    if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return rows
    .map((deal, index) => ({ deal, index, value: valueOf(deal, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return factor * compare(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.deal);
}
