import { describe, expect, it } from "vitest";

import { mergeUrlParams, readUrlParams } from "../../../lib/url-params";

import {
  DEAL_SORT_KEYS,
  DEAL_URL_KEYS,
  hasDealFilters,
  maySortDealsBy,
  readDealParams,
  toApiDealSort,
  toDealApiFilter,
  toDealUrlPatch,
  usableDealSort,
} from "./deal-filters";

const PIPELINE = "0195f3c2-1111-7000-8000-000000000001";
const COMPANY = "0195F3C2-2222-7000-8000-000000000002";

function read(query: string) {
  return readDealParams(readUrlParams(new URLSearchParams(query), DEAL_URL_KEYS));
}

describe("the deals query string", () => {
  it("reads every filter and the order", () => {
    const params = read(
      `view=list&pipeline=${PIPELINE}&status=won&responsible=me&company=${COMPANY}&q=%20Server%20&sort=amount.desc`,
    );
    expect(params).toEqual({
      view: "list",
      pipelineId: PIPELINE,
      stageId: null,
      status: "won",
      responsible: "me",
      companyId: COMPANY.toLowerCase(),
      search: "Server",
      sort: { key: "amount", direction: "desc" },
    });
    expect(hasDealFilters(params)).toBe(true);
  });

  it("reads a mangled link as the plain board, never an error", () => {
    const params = read("view=grid&pipeline=42&status=maybe&responsible=x&sort=amount.up");
    expect(params).toMatchObject({
      view: "board",
      pipelineId: null,
      status: null,
      responsible: null,
      sort: null,
    });
    expect(hasDealFilters(params)).toBe(false);
  });

  it("writes changes back, leaving defaults out of the address", () => {
    const patch = toDealUrlPatch({ view: "board", status: null, search: "  ", sort: null });
    expect(patch).toEqual({ view: null, status: null, q: null, sort: null });
    const query = mergeUrlParams(
      new URLSearchParams("view=list&status=won"),
      toDealUrlPatch({ status: "lost", sort: { key: "title", direction: "asc" } }),
    );
    expect(query).toBe("sort=title.asc&status=lost&view=list");
  });

  it("asks the API for the reader's own deals only once it knows who the reader is", () => {
    const params = read("responsible=me&stage=0195f3c2-3333-7000-8000-000000000003");
    expect(toDealApiFilter(params, null, { withStage: true })).toBeNull();
    expect(toDealApiFilter(params, "me-id", { withStage: true })).toEqual({
      responsibleId: "me-id",
      stageId: "0195f3c2-3333-7000-8000-000000000003",
    });
    // The board shows every stage as a column: it never filters by one.
    expect(toDealApiFilter(params, "me-id", { withStage: false })).toEqual({
      responsibleId: "me-id",
    });
  });

  it("reads an order by company as none: the API does not sort by it", () => {
    expect(read("view=list&sort=company.asc").sort).toBeNull();
    expect(read("view=list&sort=expectedCloseAt.desc").sort).toEqual({
      key: "expectedCloseAt",
      direction: "desc",
    });
  });

  it("asks the API for the URL's order, unless it is by a field hidden from the reader", () => {
    const byAmount = read("view=list&sort=amount.desc").sort;
    expect(byAmount && toApiDealSort(byAmount)).toEqual({ by: "amount", direction: "desc" });
    expect(usableDealSort(byAmount, [])).toEqual(byAmount);
    expect(usableDealSort(byAmount, ["amount"])).toBeNull();
    expect(usableDealSort(read("sort=title.asc").sort, ["amount", "expectedCloseAt"])).toEqual({
      key: "title",
      direction: "asc",
    });
    expect(
      DEAL_SORT_KEYS.filter((key) => !maySortDealsBy(key, ["amount", "expectedCloseAt"])),
    ).toEqual(["amount", "expectedCloseAt"]);
  });
});
