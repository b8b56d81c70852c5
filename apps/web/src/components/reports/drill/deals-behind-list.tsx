"use client";

import Link from "next/link";

import { Badge } from "~/components/ui/badge";
import { LoadMore } from "~/components/ui/pagination";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TDealReportFilters } from "../report-params";
import type { TReportFigure } from "../report-figure";
import type { TDealBehind } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { useFigurePages } from "./use-figure-pages";
import { BehindError, BehindSkeleton, BehindTotal } from "./behind-states";

const PAGE_SIZE = 25;

type TDealFigure = Exclude<TReportFigure, { report: "activities" }>;

/** The deals a figure counts, a page at a time; the API's total is the figure itself. */
export function DealsBehindList({
  filters,
  figure,
}: {
  filters: TDealReportFilters;
  figure: TDealFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = { filters, figure, limit: PAGE_SIZE };
  const pages = useFigurePages(trpc.reports.dealsBehind.infiniteQueryKey(input), (cursor) =>
    client.reports.dealsBehind.query(cursor ? { ...input, cursor } : input),
  );
  const first = pages.data?.pages[0];
  const deals = pages.data?.pages.flatMap((page) => page.items) ?? [];

  if (pages.isError)
    return <BehindError error={pages.error} onRetry={() => void pages.refetch()} />;
  if (!first) return <BehindSkeleton />;

  return (
    <div>
      <BehindTotal
        text={t("reports.drill.total", { count: format.deals(first.total) })}
        total={first.total}
        note={first.amountHidden ? t("reports.drill.amountHidden") : null}
      />
      {deals.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{t("reports.drill.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("reports.drill.dealsList")}>
          {deals.map((deal) => (
            <DealRow key={deal.id} deal={deal} />
          ))}
        </ul>
      )}
      <LoadMore
        shown={deals.length}
        total={first.total}
        hasMore={pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
      />
    </div>
  );
}

function DealRow({ deal }: { deal: TDealBehind }) {
  const t = useT();
  const format = useReportFormat();
  const when =
    deal.status === "open"
      ? deal.expectedCloseAt
        ? t("reports.drill.expectedClose", { date: format.date(deal.expectedCloseAt) })
        : null
      : deal.closedAt
        ? t("reports.drill.closedOn", { date: format.date(deal.closedAt) })
        : null;
  return (
    <li className="flex items-start justify-between gap-4 py-3" data-testid="drill-deal">
      <div className="min-w-0">
        <Link
          href={`/deals/${deal.id}`}
          className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {deal.title}
        </Link>
        <p className="mt-0.5 text-xs text-slate-500">
          {[`${deal.stage.name} (${deal.pipeline.name})`, deal.responsible.name, when]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-1">
        {deal.amount ? (
          <span className="text-sm font-semibold text-slate-900 tabular-nums">
            {format.money(deal.amount, deal.currency)}
          </span>
        ) : null}
        {deal.status === "open" ? null : (
          <Badge tone={deal.status === "won" ? "success" : "danger"}>
            {t(deal.status === "won" ? "reports.status.won" : "reports.status.lost")}
          </Badge>
        )}
      </div>
    </li>
  );
}
