"use client";

import Link from "next/link";
import { useMemo, useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button, buttonClasses } from "~/components/ui/button";
import { LoadMore } from "~/components/ui/pagination";
import { TabPanel, Tabs } from "~/components/ui/tabs";
import { useT } from "~/i18n/i18n-provider";
import { useSessionRights } from "~/lib/use-session-rights";
import { useUrlParams } from "~/lib/use-url-params";

import { matchesStatuses } from "../shared/task-cache";
import { useIsClient, useMinuteClock } from "../shared/use-client-clock";
import { TaskCreateDialog } from "./task-create-dialog";
import { TaskFiltersBar } from "./task-filters-bar";
import {
  isRangeBackwards,
  readTaskListParams,
  TASK_URL_KEYS,
  TASK_VIEWS,
  toApiTaskFilter,
  toUrlPatch,
  type TTaskListParams,
} from "./task-filters";
import { readTaskSort, sortTasks, writeTaskSort, type TTaskSort } from "./task-sort";
import { TaskTable } from "./task-table";
import { useTaskPages } from "./use-task-pages";

const TABS_ID = "tasks";

const VIEW_LABELS = {
  mine: "tasks.view.mine",
  "set-by-me": "tasks.view.setByMe",
  all: "tasks.view.all",
} as const;

/**
 * The tasks page (SPEC H2, C4): my tasks, those I set, or all I may see, filtered by status
 * and due date. The view and filters live in the URL, so a list can be shared and
 * back/forward retrace the steps.
 */
export function TasksPage() {
  const t = useT();
  const [raw, setRaw] = useUrlParams(TASK_URL_KEYS);
  const params = useMemo(() => readTaskListParams(raw), [raw]);
  const [creating, setCreating] = useState(false);
  // Offered unless the server says no; it checks every call regardless.
  const rights = useSessionRights();
  const inBrowser = useIsClient();
  const now = useMinuteClock();
  // Due dates are the reader's own days, known only in the browser; a backwards range asks nothing.
  const filter = useMemo(
    () => (inBrowser && !isRangeBackwards(params) ? toApiTaskFilter(params, now) : null),
    [inBrowser, params, now],
  );
  const { pages, count } = useTaskPages(filter);
  const loaded = pages.data?.pages
    .flatMap((page) => page.items)
    // A task just moved to another status leaves at once, before the server's answer.
    .filter((task) => matchesStatuses(task, filter?.statuses));
  // Ordered by due date only when the whole list is at hand; otherwise as the API sends it.
  const allLoaded = pages.isSuccess && !pages.hasNextPage;
  const sort = allLoaded ? readTaskSort(raw.sort) : null;
  const rows = loaded && sortTasks(loaded, sort);
  const change = (patch: Partial<TTaskListParams>) => setRaw(toUrlPatch(patch));
  const changeSort = (next: TTaskSort) => setRaw({ sort: writeTaskSort(next) });

  return (
    <section aria-labelledby="tasks-heading" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="tasks-heading" className="text-2xl font-semibold tracking-tight">
            {t("tasks.title")}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t("tasks.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/tasks/calendar" className={buttonClasses("secondary")}>
            {t("tasks.calendarLink")}
          </Link>
          {rights.may("task", "create") === false ? null : (
            <Button onClick={() => setCreating(true)}>{t("tasks.create.open")}</Button>
          )}
        </div>
      </div>

      <Tabs
        idBase={TABS_ID}
        label={t("tasks.view.label")}
        value={params.view}
        onChange={(view) => change({ view })}
        items={TASK_VIEWS.map((value) => ({ value, label: t(VIEW_LABELS[value]) }))}
      />
      <TabPanel idBase={TABS_ID} value={params.view}>
        <div className="space-y-4">
          <TaskFiltersBar params={params} onChange={change} />
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
              className={pages.isPlaceholderData ? "opacity-60" : undefined}
            >
              <TaskTable
                rows={rows}
                loading={pages.isPending}
                now={now}
                canMove={rights.may("task", "edit") !== false}
                sort={sort}
                onSortChange={allLoaded ? changeSort : null}
                empty={
                  params.status === "open" && params.due === "any"
                    ? t("tasks.list.emptyOpen")
                    : t("tasks.list.emptyFiltered")
                }
              />
              <LoadMore
                shown={rows?.length ?? 0}
                total={count.data?.count}
                hasMore={pages.hasNextPage}
                loading={pages.isFetchingNextPage}
                onLoadMore={() => void pages.fetchNextPage()}
              />
            </div>
          )}
        </div>
      </TabPanel>

      {creating ? <TaskCreateDialog onClose={() => setCreating(false)} /> : null}
    </section>
  );
}
