import type { ReactNode } from "react";

export type TDescriptionItem = { key: string; label: ReactNode; value: ReactNode };

/** Label and value pairs of a record, two columns wide on a wide screen unless told one. */
export function DescriptionList({
  items,
  columns = 2,
}: {
  items: readonly TDescriptionItem[];
  columns?: 1 | 2;
}) {
  return (
    <dl
      className={
        columns === 2
          ? "grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-2"
          : "grid grid-cols-1 gap-y-4"
      }
    >
      {items.map((item) => (
        <div key={item.key} className="min-w-0">
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {item.label}
          </dt>
          <dd className="mt-1 text-sm break-words text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
