import { cn } from "~/lib/cn";

/** A grey placeholder of the content's shape; hidden from screen readers, which get a status. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("block animate-pulse rounded-md bg-slate-200/80", className ?? "h-4 w-full")}
    />
  );
}

/** A page-sized loading state: a few skeleton lines and a status for assistive technology. */
export function LoadingBlock({ label, lines = 4 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={index % 2 === 0 ? "h-4 w-3/4" : "h-4 w-1/2"} />
      ))}
    </div>
  );
}
