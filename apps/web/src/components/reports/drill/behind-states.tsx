"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";

/** The figure, as the list counts it, first in the panel. */
export function BehindTotal({
  text,
  total,
  note,
}: {
  text: string;
  total: number;
  note: string | null;
}) {
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-3">
      <p
        className="text-sm font-semibold text-slate-900"
        data-testid="drill-total"
        data-total={total}
      >
        {text}
      </p>
      {note ? <p className="text-xs text-amber-800">{note}</p> : null}
    </div>
  );
}

export function BehindSkeleton() {
  const t = useT();
  return (
    <div role="status" className="space-y-4 py-2">
      <span className="sr-only">{t("common.loading")}</span>
      <Skeleton className="h-4 w-32" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex justify-between gap-6">
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
          <Skeleton className="h-4 w-20" />
        </div>
      ))}
    </div>
  );
}

export function BehindError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const read = readApiError(error);
  if (read.kind === "not-found" || read.kind === "invalid") {
    return <Alert tone="warning">{t("reports.drill.figureGone")}</Alert>;
  }
  return (
    <Alert
      tone="error"
      actions={
        read.kind === "forbidden" ? null : (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )
      }
    >
      {read.kind === "network" || read.kind === "unexpected"
        ? t("common.loadFailed")
        : t(read.messageKey)}
    </Alert>
  );
}
