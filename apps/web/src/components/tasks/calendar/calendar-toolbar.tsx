"use client";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TCalendarView } from "./calendar-dates";
import { KIND_LABELS, KIND_STYLES } from "./entry-kinds";

type TCalendarToolbarProps = {
  titleId: string;
  title: string;
  view: TCalendarView;
  onView: (view: TCalendarView) => void;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
};

/** The period shown (announced as it changes), the way to the previous, next and current one, and the view. */
export function CalendarToolbar({
  titleId,
  title,
  view,
  onView,
  onStep,
  onToday,
}: TCalendarToolbarProps) {
  const t = useT();
  const views: TCalendarView[] = ["month", "week"];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={onToday}>
            {t("tasks.calendar.today")}
          </Button>
          <div className="flex">
            <Button
              variant="secondary"
              onClick={() => onStep(-1)}
              aria-label={
                view === "month" ? t("tasks.calendar.prevMonth") : t("tasks.calendar.prevWeek")
              }
              className="rounded-r-none"
            >
              <span aria-hidden="true">‹</span>
            </Button>
            <Button
              variant="secondary"
              onClick={() => onStep(1)}
              aria-label={
                view === "month" ? t("tasks.calendar.nextMonth") : t("tasks.calendar.nextWeek")
              }
              className="-ml-px rounded-l-none"
            >
              <span aria-hidden="true">›</span>
            </Button>
          </div>
          <h2 id={titleId} aria-live="polite" className="ml-1 text-lg font-semibold text-slate-900">
            {title}
          </h2>
        </div>
        <div role="group" aria-label={t("tasks.calendar.viewLabel")} className="flex">
          {views.map((option, index) => (
            <Button
              key={option}
              variant={option === view ? "primary" : "secondary"}
              aria-pressed={option === view}
              onClick={() => onView(option)}
              className={cn(index === 0 ? "rounded-r-none" : "-ml-px rounded-l-none")}
            >
              {option === "month" ? t("tasks.calendar.month") : t("tasks.calendar.week")}
            </Button>
          ))}
        </div>
      </div>
      <ul
        aria-label={t("tasks.calendar.legend")}
        className="flex flex-wrap gap-4 text-xs text-slate-600"
      >
        {(Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => (
          <li key={kind} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("size-2 rounded-full", KIND_STYLES[kind].dot)} />
            {t(KIND_LABELS[kind])}
          </li>
        ))}
      </ul>
    </div>
  );
}
