"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";

import { DEAL_STATUS_LABELS } from "../shared/deal-status-badge";
import type { TDeal, TDealApiFilter } from "../shared/deal-types";
import { useCalendarDate } from "../shared/use-calendar-date";
import { useMoney } from "../shared/use-money";
import {
  hasDealFilters,
  maySortDealsBy,
  usableDealSort,
  type TDealParams,
  type TDealSortKey,
} from "./deal-filters";
import { SavedFiltersBar } from "./saved-filters-bar";
import { useDealRows } from "./use-deal-rows";

const STATUS_DOTS = { open: "bg-indigo-400", won: "bg-emerald-500", lost: "bg-rose-500" } as const;

type TDealListProps = {
  params: TDealParams;
  /** Null until the reader is known (a "my deals" filter needs their id). */
  filter: TDealApiFilter | null;
  onChange: (patch: Partial<TDealParams>) => void;
  /** Deal fields a field rule hides from the reader: their columns do not sort. */
  hiddenFields: readonly string[];
};

/**
 * /deals?view=list: the deals the reader may see, filtered, sorted and saved by name. The API
 * sorts and pages; a column hidden from the reader (and the company, see DEAL_SORT_KEYS)
 * offers no order, and an order for one in the URL is read as none.
 */
export function DealList({ params, filter, onChange, hiddenFields }: TDealListProps) {
  const t = useT();
  const money = useMoney();
  const calendarDate = useCalendarDate();
  const sort = usableDealSort(params.sort, hiddenFields);
  const { pages, rows, total } = useDealRows(filter, sort);
  const sortable = (key: TDealSortKey) => maySortDealsBy(key, hiddenFields);
  const sortRefused =
    pages.isError && sort !== null && readApiError(pages.error).rule === "field-access";

  const columns: TColumn<TDeal, TDealSortKey | "company">[] = [
    {
      key: "title",
      sortable: sortable("title"),
      header: t("deals.field.title"),
      rowHeader: true,
      className: "min-w-56",
      cell: (deal) => (
        <Link href={`/deals/${deal.id}`} className="font-medium text-indigo-700 hover:underline">
          {deal.title}
        </Link>
      ),
    },
    {
      key: "company",
      header: t("deals.field.company"),
      className: "min-w-40",
      cell: (deal) =>
        deal.company ? (
          <Link href={`/clients/companies/${deal.company.id}`} className="hover:underline">
            {deal.company.name}
          </Link>
        ) : (
          <span className="text-slate-400">{t("common.none")}</span>
        ),
    },
    {
      key: "stage",
      sortable: sortable("stage"),
      header: t("deals.field.stage"),
      className: "whitespace-nowrap",
      cell: (deal) => (
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className={`size-2 rounded-full ${STATUS_DOTS[deal.status]}`} />
          {deal.stage.name}
          {/* The dot's colour says won or lost; words say it to a screen reader. */}
          <span className="sr-only">({t(DEAL_STATUS_LABELS[deal.status])})</span>
        </span>
      ),
    },
    {
      key: "amount",
      sortable: sortable("amount"),
      header: t("deals.field.amount"),
      className: "text-right whitespace-nowrap tabular-nums",
      cell: (deal) =>
        deal.amount === undefined ? (
          <span className="text-slate-400">{t("common.none")}</span>
        ) : (
          money(deal.amount, deal.currency)
        ),
    },
    {
      key: "responsible",
      sortable: sortable("responsible"),
      header: t("deals.field.responsible"),
      cell: (deal) => deal.responsible.name,
    },
    {
      key: "expectedCloseAt",
      sortable: sortable("expectedCloseAt"),
      header: t("deals.field.expectedClose"),
      className: "whitespace-nowrap",
      cell: (deal) =>
        deal.expectedCloseAt ? (
          calendarDate(deal.expectedCloseAt)
        ) : (
          <span className="text-slate-400">{t("common.none")}</span>
        ),
    },
    {
      key: "updatedAt",
      sortable: sortable("updatedAt"),
      header: t("deals.field.updated"),
      className: "whitespace-nowrap",
      cell: (deal) => <LocalTime value={deal.updatedAt} withTime={false} />,
    },
  ];

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <SavedFiltersBar />
        {sort ? (
          <Button variant="ghost" size="sm" onClick={() => onChange({ sort: null })}>
            {t("deals.list.clearSort")}
          </Button>
        ) : null}
      </div>
      {sortRefused ? (
        // A field rule changed since the page opened: the server no longer sorts by it.
        <Alert
          tone="warning"
          actions={
            <Button variant="secondary" size="sm" onClick={() => onChange({ sort: null })}>
              {t("deals.list.clearSort")}
            </Button>
          }
        >
          {t("deals.list.sortRefused")}
        </Alert>
      ) : pages.isError ? (
        <Alert
          tone="error"
          actions={
            <Button variant="secondary" size="sm" onClick={() => void pages.refetch()}>
              {t("common.retry")}
            </Button>
          }
        >
          {t("common.loadFailed")}
        </Alert>
      ) : (
        <div
          aria-busy={pages.isFetching || undefined}
          className={pages.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
        >
          <DataTable
            caption={t(sort ? "deals.list.captionSorted" : "deals.list.caption")}
            columns={columns}
            rows={rows}
            rowKey={(deal) => deal.id}
            sort={sort}
            onSortChange={({ key, direction }) => {
              if (key !== "company") onChange({ sort: { key, direction } });
            }}
            loading={pages.isPending}
            empty={hasDealFilters(params) ? t("deals.list.noMatch") : t("deals.list.empty")}
          />
          <LoadMore
            shown={rows?.length ?? 0}
            total={total}
            hasMore={pages.hasNextPage}
            loading={pages.isFetchingNextPage}
            onLoadMore={() => void pages.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
