import type { ReactNode } from "react";

export type TChartTip = {
  /** Where the tip points, in the chart's pixels: usually the top centre of a bar. */
  x: number;
  y: number;
  content: ReactNode;
};

const HALF_WIDTH = 140;

/**
 * The figures of the bar under the pointer or the keyboard focus. Hidden from screen readers:
 * the focused bar's own name already says all of it.
 */
export function ChartTooltip({ tip, width }: { tip: TChartTip | null; width: number }) {
  if (!tip) return null;
  const left = Math.min(Math.max(tip.x, HALF_WIDTH), Math.max(width - HALF_WIDTH, HALF_WIDTH));
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 w-max max-w-[280px] -translate-x-1/2 -translate-y-full rounded-lg bg-slate-900 px-3 py-2 text-xs leading-5 text-white shadow-lg"
      style={{ left, top: Math.max(tip.y - 8, 0) }}
    >
      {tip.content}
    </div>
  );
}

/** One line of a tip: a swatch, a name and a figure. */
export function TipRow({
  swatch,
  label,
  value,
}: {
  swatch?: string;
  label: ReactNode;
  value: ReactNode;
}) {
  return (
    <div className="flex items-center justify-between gap-4">
      <span className="flex items-center gap-1.5 text-slate-300">
        {swatch ? <span className={`size-2 rounded-sm ${swatch}`} /> : null}
        {label}
      </span>
      <span className="font-semibold whitespace-nowrap tabular-nums">{value}</span>
    </div>
  );
}

export function TipTitle({ children }: { children: ReactNode }) {
  return <div className="mb-1 font-semibold">{children}</div>;
}
