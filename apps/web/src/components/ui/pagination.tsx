"use client";

import { useT } from "~/i18n/i18n-provider";

import { Button } from "./button";

type TLoadMoreProps = {
  /** Rows on screen now. */
  shown: number;
  /** All rows the list has for the current filters, when the API counts them. */
  total: number | undefined;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
};

/**
 * Keyset paging: the next page is appended below ("Load more" with the API's cursor), so a
 * row never moves to another page while the reader is on it. The count is a polite status,
 * announced as it grows.
 */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: TLoadMoreProps) {
  const t = useT();
  const status =
    total === undefined
      ? null
      : !hasMore && shown >= total
        ? t("common.allShown", { total })
        : t("common.shownOfTotal", { shown, total });
  if (shown === 0) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pt-3">
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
      {hasMore ? (
        <Button
          variant="secondary"
          onClick={onLoadMore}
          loading={loading}
          loadingText={t("common.loadingMore")}
        >
          {t("common.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
