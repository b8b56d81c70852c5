import type { ReactNode } from "react";

import { cn } from "~/lib/cn";

/** A report's figures as a table: first column names the row, figures align right. */
export function ReportTable({
  caption,
  head,
  children,
  foot,
}: {
  caption: string;
  head: readonly ReactNode[];
  children: ReactNode;
  foot?: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={cn("px-3 py-2 font-semibold", index === 0 ? "text-left" : "text-right")}
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
        {foot ? (
          <tfoot className="border-t border-slate-200 bg-slate-50 font-semibold">{foot}</tfoot>
        ) : null}
      </table>
    </div>
  );
}

export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
      {children}
    </th>
  );
}

export function FigureCell({ children }: { children: ReactNode }) {
  return <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{children}</td>;
}

/**
 * A figure in a shown table that opens the records behind it, like its bar in the chart;
 * plain text in the table kept for screen readers only.
 */
export function FigureOpener({
  interactive,
  label,
  onOpen,
  children,
}: {
  interactive: boolean;
  label: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  if (!interactive) return <>{children}</>;
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={label}
      className="rounded font-medium text-indigo-700 tabular-nums underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      {children}
    </button>
  );
}
