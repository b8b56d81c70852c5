"use client";

import type { RouterOutputs } from "@charter/api";

import { Alert } from "~/components/ui/alert";
import { Badge, type TBadgeTone } from "~/components/ui/badge";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { Panel } from "~/components/ui/panel";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";
import { readApiError } from "~/lib/api-error";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

type TActivity = RouterOutputs["activities"]["timeline"]["items"][number];

const KINDS: Record<TActivity["kind"], { label: TPlainMessageKey; tone: TBadgeTone }> = {
  call: { label: "clients.activities.kind.call", tone: "info" },
  meeting: { label: "clients.activities.kind.meeting", tone: "success" },
  note: { label: "clients.activities.kind.note", tone: "neutral" },
  email: { label: "clients.activities.kind.email", tone: "warning" },
};

const PAGE_SIZE = 20;

type TActivityTimelineProps = { of: { companyId: string } | { contactId: string } };

/**
 * The card's history (SPEC H1): the activities on the company (with its contacts') or on the
 * contact, newest first, only those the reader may see. A reader with no right to see any
 * activity gets no panel at all rather than an error.
 */
export function ActivityTimeline({ of }: TActivityTimelineProps) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = { of, limit: PAGE_SIZE };
  const timeline = useCursorPages({
    queryKey: trpc.activities.timeline.infiniteQueryKey(input),
    fetchPage: (after) => client.activities.timeline.query({ ...input, cursor: after }),
    keepPrevious: false,
  });

  if (timeline.isError && readApiError(timeline.error).kind === "forbidden") return null;
  const items = timeline.data?.pages.flatMap((page) => page.items);

  return (
    <Panel title={t("clients.activities.title")}>
      {timeline.isPending ? (
        <LoadingBlock label={t("common.loading")} lines={3} />
      ) : timeline.isError ? (
        <Alert tone="error">{t("common.loadFailed")}</Alert>
      ) : items && items.length > 0 ? (
        <>
          <ol aria-label={t("clients.activities.caption")} className="divide-y divide-slate-100">
            {items.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} />
            ))}
          </ol>
          <LoadMore
            shown={items.length}
            total={undefined}
            hasMore={timeline.hasNextPage}
            loading={timeline.isFetchingNextPage}
            onLoadMore={() => void timeline.fetchNextPage()}
          />
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("clients.activities.empty")}</p>
      )}
    </Panel>
  );
}

function ActivityItem({ activity }: { activity: TActivity }) {
  const t = useT();
  const kind = KINDS[activity.kind];
  return (
    <li className="flex gap-3 py-3 first:pt-0 last:pb-0">
      <div className="w-24 shrink-0">
        <Badge tone={kind.tone}>{t(kind.label)}</Badge>
      </div>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-slate-900">{activity.subject}</p>
        {activity.body ? (
          <p className="mt-0.5 line-clamp-3 text-sm whitespace-pre-line text-slate-600">
            {activity.body}
          </p>
        ) : null}
        <p className="mt-1 text-xs text-slate-500">
          <LocalTime value={activity.occurredAt} />
          {activity.durationMinutes
            ? ` · ${t("clients.activities.minutes", { minutes: activity.durationMinutes })}`
            : null}
          {" · "}
          {activity.responsible.name}
        </p>
      </div>
    </li>
  );
}
