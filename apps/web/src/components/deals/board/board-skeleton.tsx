import { Skeleton } from "~/components/ui/skeleton";

/** The board's shape while it loads; assistive technology hears the status instead. */
export function BoardSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex gap-3 overflow-hidden pb-3">
      <span className="sr-only">{label}</span>
      {Array.from({ length: 5 }, (_, column) => (
        <div
          key={column}
          className="w-64 shrink-0 space-y-2 rounded-xl border border-t-4 border-slate-200 bg-slate-100/70 p-3"
        >
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-3 w-1/3" />
          {Array.from({ length: 3 - (column % 2) }, (_, card) => (
            <div key={card} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <Skeleton className="h-4 w-5/6" />
              <Skeleton className="h-3 w-1/2" />
              <Skeleton className="h-3 w-1/3" />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
