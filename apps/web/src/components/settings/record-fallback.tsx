"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { notFound } from "next/navigation";

import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";

import { LoadError } from "./load-error";

/**
 * A settings record's page until its record is read: loading, or why the read failed. A
 * record the reader may not see is, to them, one that does not exist (D7); so is an address
 * that is not a record id at all: both are the app's 404.
 */
export function RecordFallback({
  query,
  lines,
}: {
  query: UseQueryResult<unknown, unknown>;
  lines: number;
}) {
  const t = useT();
  if (query.isError && ["not-found", "invalid"].includes(readApiError(query.error).kind))
    notFound();
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingBlock label={t("common.loading")} lines={lines} />;
}
