"use client";

import Link from "next/link";

import { Badge } from "~/components/ui/badge";
import { LoadMore } from "~/components/ui/pagination";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import { KIND_LABELS_ONE } from "../activities/activity-kinds";
import type { TActivityReportFilters } from "../report-params";
import type { TReportFigure } from "../report-figure";
import type { TActivityBehind } from "../report-types";
import { useReportFormat } from "../use-report-format";
import { useFigurePages } from "./use-figure-pages";
import { BehindError, BehindSkeleton, BehindTotal } from "./behind-states";

const PAGE_SIZE = 25;

type TActivityFigure = Extract<TReportFigure, { report: "activities" }>;

/** The activities a cell counts, a page at a time, each leading to the client it was with. */
export function ActivitiesBehindList({
  filters,
  figure,
}: {
  filters: TActivityReportFilters;
  figure: TActivityFigure;
}) {
  const t = useT();
  const format = useReportFormat();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { report: _report, ...cell } = figure;
  const input = { filters, figure: cell, limit: PAGE_SIZE };
  const pages = useFigurePages(trpc.reports.activitiesBehind.infiniteQueryKey(input), (cursor) =>
    client.reports.activitiesBehind.query(cursor ? { ...input, cursor } : input),
  );
  const first = pages.data?.pages[0];
  const activities = pages.data?.pages.flatMap((page) => page.items) ?? [];

  if (pages.isError)
    return <BehindError error={pages.error} onRetry={() => void pages.refetch()} />;
  if (!first) return <BehindSkeleton />;

  return (
    <div>
      <BehindTotal
        text={t("reports.drill.total", { count: format.activities(first.total) })}
        total={first.total}
        note={null}
      />
      {activities.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{t("reports.drill.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("reports.drill.activitiesList")}>
          {activities.map((activity) => (
            <ActivityRow key={activity.id} activity={activity} />
          ))}
        </ul>
      )}
      <LoadMore
        shown={activities.length}
        total={first.total}
        hasMore={pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
      />
    </div>
  );
}

/**
 * Where an activity leads: its company's card, else its contact's, else its deal. The API names
 * only the links the reader may see, so a hidden company is skipped, never a broken link.
 */
function hrefOf(activity: TActivityBehind): string | null {
  if (activity.company) return `/clients/companies/${activity.company.id}`;
  if (activity.contact) return `/clients/contacts/${activity.contact.id}`;
  if (activity.deal) return `/deals/${activity.deal.id}`;
  return null;
}

function ActivityRow({ activity }: { activity: TActivityBehind }) {
  const href = hrefOf(activity);
  const t = useT();
  const format = useReportFormat();
  return (
    <li className="flex items-start justify-between gap-4 py-3" data-testid="drill-activity">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="neutral">{t(KIND_LABELS_ONE[activity.kind])}</Badge>
          {href ? (
            <Link
              href={href}
              className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {activity.subject}
            </Link>
          ) : (
            <span className="font-medium text-slate-900">{activity.subject}</span>
          )}
        </div>
        <p className="mt-0.5 text-xs text-slate-500">
          {[
            activity.responsible.name,
            format.dateTime(activity.occurredAt),
            activity.durationMinutes
              ? t("reports.drill.minutes", { count: format.number(activity.durationMinutes) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
    </li>
  );
}
