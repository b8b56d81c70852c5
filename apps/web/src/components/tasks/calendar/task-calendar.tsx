"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useRef } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC } from "~/trpc/react";

import { fromDayKey, toDayKey } from "../shared/local-dates";
import { useIsClient, useMinuteClock } from "../shared/use-client-clock";
import {
  firstDayOfWeek,
  groupByDay,
  intlLocaleOf,
  shiftPeriod,
  visibleRange,
  type TCalendarView,
} from "./calendar-dates";
import { createCalendarFormat } from "./calendar-format";
import { CalendarGrid } from "./calendar-grid";
import { CalendarToolbar } from "./calendar-toolbar";
import { DayAgenda } from "./day-agenda";

const URL_KEYS = ["view", "date"] as const;

/**
 * The reader's calendar (SPEC H4): their tasks, reminders and meetings by month or by week.
 * The view and the chosen day live in the URL; "today" and the days themselves are the
 * reader's own, so the calendar is drawn in the browser only.
 */
export function TaskCalendar() {
  const t = useT();
  const inBrowser = useIsClient();
  return (
    <section aria-labelledby="calendar-heading" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <nav aria-label={t("tasks.detail.breadcrumb")} className="text-sm text-slate-500">
            <Link href="/tasks" className="hover:text-slate-900 hover:underline">
              {t("tasks.title")}
            </Link>
          </nav>
          <h1 id="calendar-heading" className="text-2xl font-semibold tracking-tight">
            {t("tasks.calendar.title")}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t("tasks.calendar.intro")}</p>
        </div>
      </div>
      {inBrowser ? <CalendarBody /> : <LoadingBlock label={t("common.loading")} lines={8} />}
    </section>
  );
}

function CalendarBody() {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const now = useMinuteClock();
  const agendaRef = useRef<HTMLHeadingElement>(null);
  const [params, setParams] = useUrlParams(URL_KEYS);
  const view: TCalendarView = params.view === "week" ? "week" : "month";
  const selected = (params.date && fromDayKey(params.date)) || fromDayKey(toDayKey(now)) || now;
  const format = useMemo(() => createCalendarFormat(locale), [locale]);
  const firstDay = useMemo(() => firstDayOfWeek(intlLocaleOf(locale)), [locale]);
  const selectedKey = toDayKey(selected);
  const range = useMemo(
    () => visibleRange(view, fromDayKey(selectedKey) ?? new Date(), firstDay),
    [view, selectedKey, firstDay],
  );
  const events = useQuery({
    ...trpc.calendar.events.queryOptions({ from: range.from, to: range.to }),
    placeholderData: keepPreviousData,
  });
  const byDay = useMemo(() => groupByDay(events.data?.entries ?? []), [events.data]);
  const days = range.days;
  const title =
    view === "month"
      ? format.monthTitle(selected)
      : format.weekTitle(days[0] ?? selected, days[days.length - 1] ?? selected);

  // A move of the chosen day replaces the history entry; a new period or view is a step.
  const select = (day: Date, history: "push" | "replace" = "replace") =>
    setParams({ date: toDayKey(day) }, { history });

  return (
    <div className="space-y-4">
      <CalendarToolbar
        titleId="calendar-period"
        title={title}
        view={view}
        onView={(next) => setParams({ view: next === "month" ? null : next })}
        onStep={(step) => select(shiftPeriod(view, selected, step), "push")}
        onToday={() => setParams({ date: null }, { history: "push" })}
      />
      {events.isError ? (
        <Alert
          tone="error"
          actions={
            <Button variant="secondary" size="sm" onClick={() => void events.refetch()}>
              {t("common.retry")}
            </Button>
          }
        >
          {t("common.loadFailed")}
        </Alert>
      ) : null}
      {events.data?.truncated ? (
        <Alert tone="warning">{t("tasks.calendar.truncated")}</Alert>
      ) : null}
      <p className="text-xs text-slate-500">{t("tasks.calendar.keyboardHint")}</p>
      <div className={events.isPlaceholderData ? "opacity-60" : undefined}>
        <CalendarGrid
          labelledBy="calendar-period"
          view={view}
          days={days}
          selected={selected}
          month={selected.getMonth()}
          todayKey={toDayKey(now)}
          byDay={byDay}
          format={format}
          firstDay={firstDay}
          busy={events.isFetching}
          onSelect={(day) => select(day)}
          onOpenDay={() => agendaRef.current?.focus()}
        />
      </div>
      <DayAgenda
        headingRef={agendaRef}
        day={selected}
        entries={byDay.get(selectedKey) ?? []}
        format={format}
      />
    </div>
  );
}
