import { useId, type ReactNode } from "react";

import { cn } from "~/lib/cn";

type TPanelProps = {
  title: ReactNode;
  /** Beside the title: a badge or a small action. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A titled white card: a region named by its heading, so it is a landmark to jump to. */
export function Panel({ title, aside, children, className }: TPanelProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={cn("rounded-xl border border-slate-200 bg-white shadow-xs", className)}
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-5 py-3">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {aside}
      </header>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
