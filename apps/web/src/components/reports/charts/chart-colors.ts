import type { TActivityKind } from "../report-figure";

/**
 * The dashboard's series colours, as Tailwind classes for SVG fills and HTML swatches. Each
 * pair differs in lightness as well as hue, and every series is also named in the legend and
 * the tip, so colour never carries a meaning alone.
 */
export const SERIES = {
  value: { fill: "fill-indigo-200", swatch: "bg-indigo-200" },
  weighted: { fill: "fill-indigo-600", swatch: "bg-indigo-600" },
  count: { fill: "fill-indigo-500", swatch: "bg-indigo-500" },
  won: { fill: "fill-emerald-500", swatch: "bg-emerald-500" },
  lost: { fill: "fill-rose-400", swatch: "bg-rose-400" },
  entered: { fill: "fill-sky-200", swatch: "bg-sky-200" },
  advanced: { fill: "fill-sky-600", swatch: "bg-sky-600" },
} as const;

export const KIND_COLORS: Record<TActivityKind, { fill: string; swatch: string }> = {
  call: { fill: "fill-indigo-600", swatch: "bg-indigo-600" },
  meeting: { fill: "fill-sky-400", swatch: "bg-sky-400" },
  note: { fill: "fill-amber-400", swatch: "bg-amber-400" },
  email: { fill: "fill-emerald-500", swatch: "bg-emerald-500" },
};
