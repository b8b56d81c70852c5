"use client";

import { useQuery } from "@tanstack/react-query";

import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import type { TActivityReportFilters } from "./report-params";

/**
 * Why reports as a whole are refused to the reader (a denied `report view`), or null. Read
 * from the activities report's own query (cached, the card uses it too): unlike the deal
 * reports it has no field a rule could refuse on its own, so a refusal there is the whole.
 */
export function useReportsRefusal(filters: TActivityReportFilters) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reports.activities.queryOptions(filters));
  if (!query.isError) return null;
  const read = readApiError(query.error);
  return read.kind === "forbidden" ? read : null;
}
