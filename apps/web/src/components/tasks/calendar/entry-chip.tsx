"use client";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import type { TCalendarEntry } from "../shared/task-types";
import type { TCalendarFormat } from "./calendar-format";
import { KIND_LABELS, KIND_STYLES } from "./entry-kinds";

type TEntryChipProps = {
  entry: TCalendarEntry;
  format: TCalendarFormat;
  /** A week's tall days have room for whole titles; a month's cells cut them to one line. */
  wrap: boolean;
};

/** An entry inside a day of the grid: its time and title, its kind as colour and in words. */
export function EntryChip({ entry, format, wrap }: TEntryChipProps) {
  const t = useT();
  const dot = (
    <span
      aria-hidden="true"
      className={cn("size-1.5 shrink-0 rounded-full", KIND_STYLES[entry.kind].dot)}
    />
  );
  const time = <span className="shrink-0 tabular-nums">{format.time(entry.startsAt)}</span>;
  const kind = <span className="sr-only">{t(KIND_LABELS[entry.kind])}:</span>;
  const chip = cn(
    "rounded border px-1.5 py-0.5 text-xs",
    KIND_STYLES[entry.kind].chip,
    entry.closed && "line-through opacity-60",
  );
  if (wrap)
    // A week's day is narrow but tall: the time on its own line leaves the title the width.
    return (
      <span className={cn("flex flex-col gap-0.5", chip)}>
        <span className="flex items-center gap-1.5">
          {dot}
          {time}
        </span>
        {kind}
        <span className="break-words">{entry.title}</span>
      </span>
    );
  return (
    <span className={cn("flex items-center gap-1.5 truncate", chip)}>
      {dot}
      {time}
      {kind}
      <span className="truncate">{entry.title}</span>
    </span>
  );
}
