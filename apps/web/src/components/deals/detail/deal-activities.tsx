"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { Button } from "~/components/ui/button";
import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { Skeleton } from "~/components/ui/skeleton";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TDealDetail } from "../shared/deal-types";
import { LogCallForm } from "./log-call-form";

const KIND_LABELS = {
  call: "deals.activity.call",
  meeting: "deals.activity.meeting",
  note: "deals.activity.note",
  email: "deals.activity.email",
} as const;

const KIND_TONES = {
  call: "bg-emerald-100 text-emerald-800",
  meeting: "bg-amber-100 text-amber-800",
  note: "bg-slate-100 text-slate-700",
  email: "bg-sky-100 text-sky-800",
} as const;

/** The deal's calls, meetings, notes and e-mails, newest first, and the quick "Log a call". */
export function DealActivities({ deal, mayLog }: { deal: TDealDetail; mayLog: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const toast = useToast();
  const [logging, setLogging] = useState(false);
  const returnFocus = useRef(false);
  const opener = useRef<HTMLSpanElement>(null);
  // The form closes after a call is logged or cancelled: the keyboard goes back to its button.
  useEffect(() => {
    if (logging || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.querySelector("button")?.focus();
  }, [logging]);
  const input = { filter: { dealId: deal.id }, limit: 10 };
  const activities = useInfiniteQuery({
    queryKey: [...trpc.activities.list.infiniteQueryKey(input)],
    queryFn: ({ pageParam }) => client.activities.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    retry: (failures, error) => failures < 2 && readApiError(error).kind === "network",
  });
  const items = activities.data?.pages.flatMap((page) => page.items) ?? [];
  const refused = activities.isError && readApiError(activities.error).kind === "forbidden";

  return (
    <Panel
      title={t("deals.activity.title")}
      aside={
        <span ref={opener}>
          {logging || !mayLog ? null : (
            <Button size="sm" onClick={() => setLogging(true)}>
              {t("deals.calls.open")}
            </Button>
          )}
        </span>
      }
    >
      <div className="space-y-4">
        {logging ? (
          <LogCallForm
            deal={deal}
            onDone={() => {
              returnFocus.current = true;
              setLogging(false);
            }}
            onLogged={() => toast(t("deals.calls.logged"), "success")}
          />
        ) : null}
        {activities.isPending ? (
          <div className="space-y-2">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-4 w-1/2" />
          </div>
        ) : refused ? (
          <p className="text-sm text-slate-500">{t("deals.activity.noAccess")}</p>
        ) : activities.isError ? (
          <p role="alert" className="text-sm text-red-700">
            {t("common.loadFailed")}
          </p>
        ) : items.length === 0 ? (
          <p className="text-sm text-slate-500">{t("deals.activity.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {items.map((activity) => (
              <li key={activity.id} className="flex gap-3 py-3 first:pt-0">
                <span
                  className={`mt-0.5 h-fit shrink-0 rounded-md px-2 py-0.5 text-xs font-medium ${KIND_TONES[activity.kind]}`}
                >
                  {t(KIND_LABELS[activity.kind])}
                </span>
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
                      ? ` · ${t("deals.activity.minutes", { minutes: activity.durationMinutes })}`
                      : null}
                    {" · "}
                    {activity.responsible.name}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {activities.hasNextPage ? (
          <Button
            variant="ghost"
            size="sm"
            loading={activities.isFetchingNextPage}
            loadingText={t("common.loadingMore")}
            onClick={() => void activities.fetchNextPage()}
          >
            {t("common.loadMore")}
          </Button>
        ) : null}
      </div>
    </Panel>
  );
}
