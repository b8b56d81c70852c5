import type { ReactNode } from "react";

type TEmptyStateProps = { title: string; children: ReactNode };

export function EmptyState({ title, children }: TEmptyStateProps) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">{children}</p>
    </div>
  );
}
