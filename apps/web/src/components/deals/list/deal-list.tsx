"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { useT } from "~/i18n/i18n-provider";

import { DEAL_STATUS_LABELS } from "../shared/deal-status-badge";
import type { TDeal, TDealApiFilter } from "../shared/deal-types";
import { useCalendarDate } from "../shared/use-calendar-date";
import { useMoney } from "../shared/use-money";
import { hasDealFilters, type TDealParams, type TDealSortKey } from "./deal-filters";
import { SavedFiltersBar } from "./saved-filters-bar";
import { SORT_LIMIT, useDealRows } from "./use-deal-rows";

const STATUS_DOTS = { open: "bg-indigo-400", won: "bg-emerald-500", lost: "bg-rose-500" } as const;

type TDealListProps = {
  params: TDealParams;
  /** Null until the reader is known (a "my deals" filter needs their id). */
  filter: TDealApiFilter | null;
  onChange: (patch: Partial<TDealParams>) => void;
};

/** /deals?view=list: the deals the reader may see, filtered, sorted and saved by name. */
export function DealList({ params, filter, onChange }: TDealListProps) {
  const t = useT();
  const money = useMoney();
  const calendarDate = useCalendarDate();
  const { pages, rows, total, sortable, readingAll } = useDealRows(filter, params.sort);

  const columns: TColumn<TDeal, TDealSortKey>[] = [
    {
      key: "title",
      header: t("deals.field.title"),
      rowHeader: true,
      sortable,
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
      sortable,
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
      header: t("deals.field.stage"),
      sortable,
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
      header: t("deals.field.amount"),
      sortable,
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
      header: t("deals.field.responsible"),
      sortable,
      cell: (deal) => deal.responsible.name,
    },
    {
      key: "expectedCloseAt",
      header: t("deals.field.expectedClose"),
      sortable,
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
      header: t("deals.field.updated"),
      sortable,
      className: "whitespace-nowrap",
      cell: (deal) => <LocalTime value={deal.updatedAt} withTime={false} />,
    },
  ];

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <SavedFiltersBar />
        {params.sort ? (
          <Button variant="ghost" size="sm" onClick={() => onChange({ sort: null })}>
            {t("deals.list.clearSort")}
          </Button>
        ) : null}
      </div>
      {params.sort && total !== undefined && !sortable ? (
        <Alert tone="info">{t("deals.list.tooManyToSort", { limit: SORT_LIMIT })}</Alert>
      ) : null}
      {pages.isError ? (
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
            caption={t(params.sort && sortable ? "deals.list.captionSorted" : "deals.list.caption")}
            columns={columns}
            rows={rows}
            rowKey={(deal) => deal.id}
            sort={sortable ? params.sort : null}
            onSortChange={(sort) => onChange({ sort })}
            loading={pages.isPending || readingAll}
            empty={hasDealFilters(params) ? t("deals.list.noMatch") : t("deals.list.empty")}
          />
          {readingAll ? (
            <p role="status" className="pt-3 text-sm text-slate-600">
              {t("deals.list.readingAll", { total: total ?? 0 })}
            </p>
          ) : (
            <LoadMore
              shown={rows?.length ?? 0}
              total={total}
              hasMore={pages.hasNextPage}
              loading={pages.isFetchingNextPage}
              onLoadMore={() => void pages.fetchNextPage()}
            />
          )}
        </div>
      )}
    </div>
  );
}
