"use client";

import type { ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { Skeleton } from "./skeleton";

export type TSortDirection = "asc" | "desc";
export type TSort<K extends string = string> = { key: K; direction: TSortDirection };

export type TColumn<Row, K extends string = string> = {
  key: K;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Offer sorting on this column: only where every row it orders is at hand or the API sorts. */
  sortable?: boolean;
  /** The row's header cell (`<th scope="row">`): the record's name, usually the first column. */
  rowHeader?: boolean;
  className?: string;
};

type TDataTableProps<Row, K extends string> = {
  /** Names the table for screen readers; shown only to them. */
  caption: string;
  columns: readonly TColumn<Row, K>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  sort?: TSort<K> | null;
  onSortChange?: (sort: TSort<K>) => void;
  /** While the first rows load. */
  loading?: boolean;
  /** Shown in place of the table body when there are no rows. */
  empty: ReactNode;
  /** `plain` drops the table's own card, for a table inside a Panel. */
  variant?: "card" | "plain";
};

const SKELETON_ROWS = 5;

/**
 * A table of records. Sortable headers are buttons inside `<th aria-sort>`, so the order is
 * both announced and reachable by keyboard; sorting itself is the caller's (usually the API's).
 */
export function DataTable<Row, K extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  loading = false,
  empty,
  variant = "card",
}: TDataTableProps<Row, K>) {
  const t = useT();
  const showEmpty = !loading && rows !== undefined && rows.length === 0;

  return (
    <div
      className={
        variant === "card"
          ? "overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs"
          : "-mx-5 overflow-x-auto"
      }
    >
      <table
        className="min-w-full divide-y divide-slate-200 text-sm"
        aria-busy={loading || undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => (
              <HeaderCell
                key={column.key}
                column={column}
                sort={sort ?? null}
                onSortChange={onSortChange}
                sortLabel={t("common.sortBy", { column: column.header })}
              />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                <tr key={`skeleton-${index}`}>
                  {columns.map((column) => (
                    <td key={column.key} className="px-4 py-3">
                      <Skeleton className="h-4 w-2/3" />
                    </td>
                  ))}
                </tr>
              ))
            : rows?.map((row) => (
                <tr key={rowKey(row)} className="hover:bg-slate-50">
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th
                        key={column.key}
                        scope="row"
                        className={cn(
                          "px-4 py-3 text-left font-medium text-slate-900",
                          column.className,
                        )}
                      >
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td
                        key={column.key}
                        className={cn("px-4 py-3 text-slate-700", column.className)}
                      >
                        {column.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
          {showEmpty ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<Row, K extends string>({
  column,
  sort,
  onSortChange,
  sortLabel,
}: {
  column: TColumn<Row, K>;
  sort: TSort<K> | null;
  onSortChange: ((sort: TSort<K>) => void) | undefined;
  sortLabel: string;
}) {
  const active = sort?.key === column.key ? sort.direction : null;
  const base = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";
  if (!column.sortable || !onSortChange) {
    return (
      <th scope="col" className={cn(base, column.className)}>
        {column.header}
      </th>
    );
  }
  const next: TSortDirection = active === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active === "asc" ? "ascending" : active === "desc" ? "descending" : "none"}
      className={cn(base, column.className)}
    >
      <button
        type="button"
        title={sortLabel}
        onClick={() => onSortChange({ key: column.key, direction: next })}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-slate-900"
      >
        {column.header}
        <span aria-hidden="true" className={active ? "text-indigo-600" : "text-slate-300"}>
          {active === "desc" ? "↓" : "↑"}
        </span>
      </button>
    </th>
  );
}
