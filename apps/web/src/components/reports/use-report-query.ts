"use client";

import type { UseQueryResult } from "@tanstack/react-query";

import type { TReportState } from "./report-card";

/**
 * A report's state from its query. New filters keep the old figures on screen, dimmed, until
 * the new ones arrive (placeholder data), so the page does not jump on every change.
 */
export function reportState<T, E>(
  query: UseQueryResult<T, E>,
  isEmpty: (data: T) => boolean,
): { state: TReportState; refreshing: boolean } {
  if (query.isError) return { state: "error", refreshing: false };
  if (!query.data) return { state: "loading", refreshing: false };
  return {
    state: isEmpty(query.data) ? "empty" : "ready",
    refreshing: query.isPlaceholderData,
  };
}
