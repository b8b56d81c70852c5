import { describe, expect, it } from "vitest";

import {
  isRangeBackwards,
  readTaskListParams,
  toApiTaskFilter,
  toUrlPatch,
  type TTaskListParams,
} from "./task-filters";

const EMPTY = { view: null, status: null, due: null, from: null, to: null };
const NOW = new Date(2026, 2, 11, 14, 30);

describe("readTaskListParams", () => {
  it("makes the plain address my open tasks, due any time", () => {
    expect(readTaskListParams(EMPTY)).toEqual({
      view: "mine",
      status: "open",
      due: "any",
      from: null,
      to: null,
    });
  });

  it("reads unknown values as the defaults", () => {
    expect(readTaskListParams({ ...EMPTY, view: "everyone", status: "late", due: "soon" })).toEqual(
      readTaskListParams(EMPTY),
    );
  });

  it("takes from/to as a range and drops a day that does not exist", () => {
    expect(readTaskListParams({ ...EMPTY, from: "2026-03-01", to: "2026-02-30" })).toMatchObject({
      due: "range",
      from: "2026-03-01",
      to: null,
    });
  });
});

describe("toApiTaskFilter", () => {
  const base: TTaskListParams = { view: "mine", status: "open", due: "any", from: null, to: null };

  it("maps the views and statuses to the API's words", () => {
    expect(toApiTaskFilter({ ...base, view: "set-by-me" }, NOW)).toEqual({
      view: "setByMe",
      statuses: ["open"],
    });
    expect(toApiTaskFilter({ ...base, view: "all", status: "any" }, NOW)).toEqual({ view: "all" });
  });

  it("reads overdue as due before now", () => {
    expect(toApiTaskFilter({ ...base, due: "overdue" }, NOW).dueTo).toEqual(NOW);
  });

  it("reads today and the next seven days from the reader's midnight", () => {
    expect(toApiTaskFilter({ ...base, due: "today" }, NOW)).toMatchObject({
      dueFrom: new Date(2026, 2, 11),
      dueTo: new Date(2026, 2, 12),
    });
    expect(toApiTaskFilter({ ...base, due: "week" }, NOW)).toMatchObject({
      dueFrom: new Date(2026, 2, 11),
      dueTo: new Date(2026, 2, 18),
    });
  });

  it("includes the last day of a custom range", () => {
    const filter = toApiTaskFilter(
      { ...base, due: "range", from: "2026-03-01", to: "2026-03-31" },
      NOW,
    );
    expect(filter).toMatchObject({ dueFrom: new Date(2026, 2, 1), dueTo: new Date(2026, 3, 1) });
  });

  it("knows a range that ends before it starts", () => {
    expect(isRangeBackwards({ ...base, due: "range", from: "2026-03-10", to: "2026-03-01" })).toBe(
      true,
    );
    expect(isRangeBackwards({ ...base, due: "range", from: "2026-03-10", to: "2026-03-10" })).toBe(
      false,
    );
  });
});

describe("toUrlPatch", () => {
  it("leaves defaults out of the address", () => {
    expect(toUrlPatch({ view: "mine", status: "open" })).toEqual({ view: null, status: null });
  });

  it("clears a custom range when another due choice is made", () => {
    expect(toUrlPatch({ due: "week" })).toEqual({ due: "week", from: null, to: null });
    expect(toUrlPatch({ due: "range" })).toEqual({ due: "range" });
    expect(toUrlPatch({ due: "any" })).toEqual({ due: null, from: null, to: null });
  });
});
