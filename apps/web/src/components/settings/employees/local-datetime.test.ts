import { describe, expect, it } from "vitest";

import { fromLocalInput, toLocalInput } from "./local-datetime";

describe("local date-time inputs", () => {
  it("round-trips a moment to the minute", () => {
    const moment = new Date(2026, 2, 5, 9, 7);
    expect(toLocalInput(moment)).toBe("2026-03-05T09:07");
    expect(fromLocalInput("2026-03-05T09:07")?.getTime()).toBe(moment.getTime());
  });

  it("refuses what is not a date and time", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("tomorrow")).toBeNull();
    expect(fromLocalInput("2026-02-30T25:00")).toBeNull();
  });
});
