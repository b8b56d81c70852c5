"use client";

import Link from "next/link";
import type { Ref } from "react";

import { Badge } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TCalendarEntry } from "../shared/task-types";
import type { TCalendarFormat } from "./calendar-format";
import { entryHref, KIND_LABELS, KIND_STYLES } from "./entry-kinds";

type TDayAgendaProps = {
  /** Enter on a day of the grid moves focus here, to walk its entries. */
  headingRef: Ref<HTMLHeadingElement>;
  day: Date;
  entries: readonly TCalendarEntry[];
  format: TCalendarFormat;
};

/** The chosen day in full: every entry with its time, kind and a link where it has a page. */
export function DayAgenda({ headingRef, day, entries, format }: TDayAgendaProps) {
  const t = useT();
  return (
    <section
      aria-labelledby="calendar-agenda-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-xs"
    >
      <header className="border-b border-slate-100 px-5 py-3">
        <h2
          id="calendar-agenda-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-sm font-semibold text-slate-900 focus:outline-none"
        >
          {format.fullDate(day)}
        </h2>
      </header>
      {entries.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("tasks.calendar.dayEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {entries.map((entry) => {
            const href = entryHref(entry);
            return (
              <li key={`${entry.kind}:${entry.id}`} className="flex items-start gap-3 px-5 py-3">
                <span className="w-24 shrink-0 text-sm text-slate-600 tabular-nums">
                  {format.time(entry.startsAt)}
                  {entry.endsAt ? `–${format.time(entry.endsAt)}` : null}
                </span>
                <span className="min-w-0 flex-1 space-y-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span
                      aria-hidden="true"
                      className={cn("size-2 rounded-full", KIND_STYLES[entry.kind].dot)}
                    />
                    <span className="text-xs font-medium text-slate-500 uppercase">
                      {t(KIND_LABELS[entry.kind])}
                    </span>
                    {entry.closed ? <Badge>{t("tasks.calendar.closed")}</Badge> : null}
                  </span>
                  <span
                    className={cn(
                      "block text-sm break-words text-slate-900",
                      entry.closed && "text-slate-500 line-through",
                    )}
                  >
                    {href ? (
                      <Link href={href} className="font-medium text-indigo-700 hover:underline">
                        {entry.title}
                      </Link>
                    ) : (
                      entry.title
                    )}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
