import { describe, expect, it } from "vitest";

import { fromFilterRecord, toFilterQuery, toFilterRecord } from "./saved-filters";

describe("saved deal filters", () => {
  it("keeps the filters of an address, not its view", () => {
    expect(toFilterQuery(new URLSearchParams("view=list&status=won&q=pump&extra=1"))).toBe(
      "q=pump&status=won",
    );
  });

  it("stores filters as key → value and reads them back as the same query", () => {
    const query = "q=pump+%26+valve&status=won";
    expect(toFilterRecord(query)).toEqual({ q: "pump & valve", status: "won" });
    expect(fromFilterRecord(toFilterRecord(query))).toBe(query);
  });

  it("drops keys a saved filter does not keep, whatever the server returned", () => {
    expect(fromFilterRecord({ view: "board", status: "open", unknown: "x" })).toBe("status=open");
  });
});
