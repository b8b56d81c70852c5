import type { ReactNode } from "react";

export type TLegendItem = { key: string; swatch: string; label: ReactNode };

/** The series of a chart, named beside their colour. */
export function ChartLegend({ items }: { items: readonly TLegendItem[] }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`size-2.5 rounded-sm ${item.swatch}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
