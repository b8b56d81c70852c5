import type { RouterInputs } from "@charter/api";

import type { TSort } from "~/components/ui/data-table";
import type { TUrlParams } from "~/lib/url-params";

import type { TDealApiFilter, TDealStatus } from "../shared/deal-types";

// What /deals shows, as its query string says: the view, the pipeline, the filters and the
// list's order. Unknown or malformed values read as "not set", so a mangled link still opens.

export const DEAL_URL_KEYS = [
  "view",
  "pipeline",
  "stage",
  "status",
  "responsible",
  "company",
  "q",
  "sort",
] as const;

export type TDealUrlKey = (typeof DEAL_URL_KEYS)[number];

/** The keys a saved filter keeps: everything but the view it was saved from. */
export const SAVED_FILTER_KEYS = DEAL_URL_KEYS.filter((key) => key !== "view");

export const DEAL_VIEWS = ["board", "list"] as const;
export type TDealView = (typeof DEAL_VIEWS)[number];

export const DEAL_STATUSES = ["open", "won", "lost"] as const;

type TApiDealSort = NonNullable<RouterInputs["deals"]["list"]["sort"]>;

/**
 * The columns the API orders deals by. Not the company: a deal names its company only to a
 * reader who may view it, so ordering by company names would reveal names the reader may not
 * see (packages/api/src/domain/deals/README.md).
 */
export const DEAL_SORT_KEYS = [
  "title",
  "stage",
  "amount",
  "responsible",
  "expectedCloseAt",
  "updatedAt",
] as const satisfies readonly TApiDealSort["by"][];
export type TDealSortKey = (typeof DEAL_SORT_KEYS)[number];

/** The orders that would reveal a field a field rule may hide; the API refuses them then. */
const SORT_REVEALS: Partial<Record<TDealSortKey, string>> = {
  amount: "amount",
  expectedCloseAt: "expectedCloseAt",
};

export function maySortDealsBy(key: TDealSortKey, hiddenFields: readonly string[]): boolean {
  const field = SORT_REVEALS[key];
  return !field || !hiddenFields.includes(field);
}

/** The order to ask for: the URL's, unless it is by a field hidden from the reader. */
export function usableDealSort(
  sort: TSort<TDealSortKey> | null,
  hiddenFields: readonly string[],
): TSort<TDealSortKey> | null {
  return sort && maySortDealsBy(sort.key, hiddenFields) ? sort : null;
}

export function toApiDealSort(sort: TSort<TDealSortKey>): TApiDealSort {
  return { by: sort.key, direction: sort.direction };
}

export type TDealParams = {
  view: TDealView;
  pipelineId: string | null;
  stageId: string | null;
  status: TDealStatus | null;
  /** "me", or an employee's id. */
  responsible: string | null;
  companyId: string | null;
  search: string;
  sort: TSort<TDealSortKey> | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidOrNull(value: string | null): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

function pick<T extends string>(choices: readonly T[], value: string | null): T | null {
  return choices.find((choice) => choice === value) ?? null;
}

export function readSort(value: string | null): TSort<TDealSortKey> | null {
  const [key, direction] = (value ?? "").split(".");
  const sortKey = pick(DEAL_SORT_KEYS, key ?? null);
  if (!sortKey || (direction !== "asc" && direction !== "desc")) return null;
  return { key: sortKey, direction };
}

export function readDealParams(raw: TUrlParams<TDealUrlKey>): TDealParams {
  return {
    view: pick(DEAL_VIEWS, raw.view) ?? "board",
    pipelineId: uuidOrNull(raw.pipeline),
    stageId: uuidOrNull(raw.stage),
    status: pick(DEAL_STATUSES, raw.status),
    responsible: raw.responsible === "me" ? "me" : uuidOrNull(raw.responsible),
    companyId: uuidOrNull(raw.company),
    search: (raw.q ?? "").trim().slice(0, 200),
    sort: readSort(raw.sort),
  };
}

/** The query-string change for a change of params (unset values leave the URL). */
export function toDealUrlPatch(
  patch: Partial<TDealParams>,
): Partial<Record<TDealUrlKey, string | null>> {
  const out: Partial<Record<TDealUrlKey, string | null>> = {};
  if ("view" in patch) out.view = patch.view === "board" ? null : (patch.view ?? null);
  if ("pipelineId" in patch) out.pipeline = patch.pipelineId ?? null;
  if ("stageId" in patch) out.stage = patch.stageId ?? null;
  if ("status" in patch) out.status = patch.status ?? null;
  if ("responsible" in patch) out.responsible = patch.responsible ?? null;
  if ("companyId" in patch) out.company = patch.companyId ?? null;
  if ("search" in patch) out.q = patch.search?.trim() || null;
  if ("sort" in patch) out.sort = patch.sort ? `${patch.sort.key}.${patch.sort.direction}` : null;
  return out;
}

/**
 * The API's filter for these params. `me` needs the reader's employee id; until it is known
 * the filter is not ready (null), so the list never shows everyone's deals by mistake.
 */
export function toDealApiFilter(
  params: TDealParams,
  myEmployeeId: string | null,
  options: { withStage: boolean },
): TDealApiFilter | null {
  if (params.responsible === "me" && !myEmployeeId) return null;
  const responsibleId = params.responsible === "me" ? myEmployeeId : params.responsible;
  return {
    ...(params.search ? { search: params.search } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(responsibleId ? { responsibleId } : {}),
    ...(params.companyId ? { companyId: params.companyId } : {}),
    ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}),
    ...(options.withStage && params.stageId ? { stageId: params.stageId } : {}),
  };
}

/** Whether any filter narrows the deals (the order and the view do not). */
export function hasDealFilters(params: TDealParams): boolean {
  return Boolean(
    params.stageId || params.status || params.responsible || params.companyId || params.search,
  );
}
