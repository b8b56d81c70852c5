import { describe, expect, it } from "vitest";

import {
  hasActiveFilters,
  readDealFilters,
  readPeriodChoice,
  REPORT_URL_KEYS,
  toActivityFilters,
  type TReportParams,
} from "./report-params";

const ID = "3f8b5c3e-4c1a-4d2e-9f00-1a2b3c4d5e6f";
const empty = Object.fromEntries(REPORT_URL_KEYS.map((key) => [key, null])) as TReportParams;
const params = (patch: Partial<TReportParams>): TReportParams => ({ ...empty, ...patch });

describe("readPeriodChoice", () => {
  it("is any time when the URL names no period", () => {
    expect(readPeriodChoice(empty)).toEqual({ kind: "any" });
  });

  it("keeps a preset by name", () => {
    expect(readPeriodChoice(params({ period: "thisQuarter" }))).toEqual({
      kind: "preset",
      preset: "thisQuarter",
    });
  });

  it("reads days as a custom period, dropping one that is not a day", () => {
    expect(readPeriodChoice(params({ from: "2026-01-01", to: "2026-02-30" }))).toEqual({
      kind: "custom",
      from: "2026-01-01",
      to: null,
    });
  });
});

describe("readDealFilters", () => {
  it("turns the URL into the API's filters", () => {
    expect(
      readDealFilters(
        params({ period: "lastMonth", department: ID, employee: ID, pipeline: "nonsense" }),
        "2026-03-14",
      ),
    ).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
      timeZone: "Europe/Prague",
      departmentId: ID,
      responsibleId: ID,
    });
  });

  it("asks for no period while a custom one is backwards", () => {
    expect(
      readDealFilters(
        params({ period: "custom", from: "2026-03-02", to: "2026-03-01" }),
        "2026-03-14",
      ),
    ).toEqual({ timeZone: "Europe/Prague" });
  });

  it("leaves the pipeline out of the activities' filters", () => {
    const filters = readDealFilters(params({ pipeline: ID, direction: ID }), "2026-03-14");
    expect(toActivityFilters(filters)).toEqual({ timeZone: "Europe/Prague", directionId: ID });
  });
});

describe("hasActiveFilters", () => {
  it("ignores the open figure and the chart's measure", () => {
    expect(hasActiveFilters(params({ figure: "x", measure: "count" }))).toBe(false);
    expect(hasActiveFilters(params({ direction: ID }))).toBe(true);
  });
});
