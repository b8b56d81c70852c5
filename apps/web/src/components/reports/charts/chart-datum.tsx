"use client";

import type { ReactNode } from "react";

import type { TChartTip } from "./chart-tooltip";
import type { TRovingItem } from "./use-roving-focus";

type TBox = { x: number; y: number; width: number; height: number };

type TChartDatumProps = {
  /** Everything the bar shows and what pressing it does, for a screen reader. */
  label: string;
  onOpen: () => void;
  roving: TRovingItem;
  /** The area that answers the pointer and carries the focus ring. */
  box: TBox;
  tip: TChartTip;
  onTip: (tip: TChartTip | null) => void;
  /** The figure the bar stands for, for tests that compare it with the list behind it. */
  count: number;
  children: ReactNode;
};

/**
 * A bar, a segment or a figure a reader can open: a button inside the chart, reached by the
 * arrow keys (one tab stop per chart), opened with a click, Enter or Space, its figures shown
 * in a tip on hover and on focus.
 */
export function ChartDatum({
  label,
  onOpen,
  roving,
  box,
  tip,
  onTip,
  count,
  children,
}: TChartDatumProps) {
  return (
    <g
      role="button"
      aria-label={label}
      data-count={count}
      tabIndex={roving.tabIndex}
      data-roving={roving["data-roving"]}
      className="group cursor-pointer outline-none"
      onClick={onOpen}
      onFocus={() => {
        roving.onFocus();
        onTip(tip);
      }}
      onBlur={() => onTip(null)}
      onMouseEnter={() => onTip(tip)}
      onMouseLeave={() => onTip(null)}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onOpen();
          return;
        }
        roving.onKeyDown(event);
      }}
    >
      <rect {...box} className="fill-transparent group-hover:fill-slate-100/70" rx={4} />
      {children}
      <rect
        x={box.x - 2}
        y={box.y - 2}
        width={box.width + 4}
        height={box.height + 4}
        rx={5}
        className="pointer-events-none fill-none stroke-indigo-600 stroke-2 opacity-0 group-focus-visible:opacity-100"
      />
    </g>
  );
}
