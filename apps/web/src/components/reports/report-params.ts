import type { TUrlParams } from "~/lib/url-params";

import {
  checkCustomPeriod,
  isDay,
  isPeriodPreset,
  presetRange,
  type TPeriodPreset,
} from "./report-period";

/** Everything the dashboard keeps in the query string: filters, the chart measure, the open figure. */
export const REPORT_URL_KEYS = [
  "period",
  "from",
  "to",
  "department",
  "direction",
  "employee",
  "pipeline",
  "measure",
  "figure",
] as const;

export type TReportUrlKey = (typeof REPORT_URL_KEYS)[number];
export type TReportParams = TUrlParams<TReportUrlKey>;

/**
 * Days and months are counted where the company works. Projects do not store a time zone
 * yet, so this is the API's own default, named here so the dashboard and the API agree.
 */
export const REPORT_TIME_ZONE = "Europe/Prague";

/** The filters every deal report takes (the API's `ZDealReportFilters`). */
export type TDealReportFilters = {
  from?: string;
  to?: string;
  timeZone: string;
  departmentId?: string;
  directionId?: string;
  responsibleId?: string;
  pipelineId?: string;
};

/** Activities belong to no pipeline. */
export type TActivityReportFilters = Omit<TDealReportFilters, "pipelineId">;

export type TPeriodChoice =
  | { kind: "any" }
  | { kind: "preset"; preset: TPeriodPreset }
  | { kind: "custom"; from: string | null; to: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the URL, or nothing: a mangled link shows the unfiltered figures, not an error. */
export function readId(value: string | null): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

export function readPeriodChoice(
  params: Pick<TReportParams, "period" | "from" | "to">,
): TPeriodChoice {
  if (isPeriodPreset(params.period)) return { kind: "preset", preset: params.period };
  const from = isDay(params.from) ? params.from : null;
  const to = isDay(params.to) ? params.to : null;
  if (params.period === "custom" || from || to) return { kind: "custom", from, to };
  return { kind: "any" };
}

/** The period's days to ask for; a custom period the API would refuse is left out. */
export function periodDays(choice: TPeriodChoice, today: string): { from?: string; to?: string } {
  if (choice.kind === "preset") return presetRange(choice.preset, today);
  if (choice.kind === "any") return {};
  const { from, to } = choice;
  if (from && to && checkCustomPeriod(from, to)) return {};
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The URL's filters as the deal reports take them. */
export function readDealFilters(params: TReportParams, today: string): TDealReportFilters {
  const ids = {
    departmentId: readId(params.department),
    directionId: readId(params.direction),
    responsibleId: readId(params.employee),
    pipelineId: readId(params.pipeline),
  };
  return {
    ...periodDays(readPeriodChoice(params), today),
    timeZone: REPORT_TIME_ZONE,
    ...(Object.fromEntries(Object.entries(ids).filter(([, id]) => id)) as Partial<typeof ids>),
  };
}

export function toActivityFilters(filters: TDealReportFilters): TActivityReportFilters {
  const { pipelineId: _pipeline, ...rest } = filters;
  return rest;
}

/** Whether anything narrows the figures, so "Reset filters" has something to do. */
export function hasActiveFilters(params: TReportParams): boolean {
  return Boolean(
    params.period ||
    params.from ||
    params.to ||
    params.department ||
    params.direction ||
    params.employee ||
    params.pipeline,
  );
}
