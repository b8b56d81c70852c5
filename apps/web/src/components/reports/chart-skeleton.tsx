import { Skeleton } from "~/components/ui/skeleton";

const ROW_WIDTHS = ["w-11/12", "w-9/12", "w-7/12", "w-8/12", "w-5/12", "w-3/12"];
const COLUMN_HEIGHTS = [55, 80, 40, 95, 65, 75, 35, 85, 60, 70, 50, 90];

/** The shape of the chart to come, while its figures load. */
export function ChartSkeleton({ shape, label }: { shape: "rows" | "columns"; label: string }) {
  return (
    <div role="status" className="py-1">
      <span className="sr-only">{label}</span>
      {shape === "rows" ? (
        <div className="space-y-3">
          {ROW_WIDTHS.map((width, index) => (
            <div key={index} className="flex items-center gap-3">
              <Skeleton className="h-3 w-28 shrink-0" />
              <div className="flex-1">
                <Skeleton className={`h-5 ${width}`} />
              </div>
            </div>
          ))}
        </div>
      ) : (
        <div className="flex h-56 items-end gap-2 border-b border-slate-200 pb-px">
          {COLUMN_HEIGHTS.map((height, index) => (
            <div key={index} className="flex flex-1 items-end gap-0.5" style={{ height: "100%" }}>
              <span
                aria-hidden="true"
                className="block flex-1 animate-pulse rounded-t bg-slate-200/80"
                style={{ height: `${height}%` }}
              />
              <span
                aria-hidden="true"
                className="block flex-1 animate-pulse rounded-t bg-slate-100"
                style={{ height: `${height / 2}%` }}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
