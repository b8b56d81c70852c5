"use client";

import { useMemo, useState } from "react";

import { useLocale } from "~/i18n/i18n-provider";
import type { TSort } from "~/components/ui/data-table";

/**
 * Sorting in the browser, for a list that is wholly at hand (e.g. a company's few contacts):
 * text compares in the reader's language, so "Č" sorts after "C" for a Czech reader.
 */
export function useSortedRows<Row, K extends string>(
  rows: readonly Row[] | undefined,
  sortValue: (row: Row, key: K) => string,
  initial: TSort<K> | null = null,
) {
  const locale = useLocale();
  const [sort, setSort] = useState<TSort<K> | null>(initial);
  const sorted = useMemo(() => {
    if (!rows || !sort) return rows;
    const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    const factor = sort.direction === "asc" ? 1 : -1;
    return [...rows].sort(
      (a, b) => factor * collator.compare(sortValue(a, sort.key), sortValue(b, sort.key)),
    );
  }, [rows, sort, sortValue, locale]);
  return { rows: sorted, sort, setSort };
}
