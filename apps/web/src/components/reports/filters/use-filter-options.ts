"use client";

import type { UseQueryResult } from "@tanstack/react-query";

import type { TSelectOption } from "~/components/ui/select";
import { readApiError } from "~/lib/api-error";

/**
 * A filter's choices from a list the reader may or may not be allowed to read. A refusal
 * means the filter is not theirs: it is left out, never offered with made-up choices.
 */
export type TFilterOptions =
  | { status: "hidden" }
  | { status: "loading" }
  | { status: "failed"; retry: () => void }
  | { status: "ready"; options: TSelectOption[] };

export function filterOptions<T, E>(
  query: UseQueryResult<T, E>,
  toOptions: (data: T) => TSelectOption[],
): TFilterOptions {
  if (query.isError) {
    return readApiError(query.error).kind === "forbidden"
      ? { status: "hidden" }
      : { status: "failed", retry: () => void query.refetch() };
  }
  if (!query.data) return { status: "loading" };
  return { status: "ready", options: toOptions(query.data) };
}
