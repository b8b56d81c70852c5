import { describe, expect, it } from "vitest";

import {
  addDays,
  fromDayKey,
  fromLocalInput,
  startOfDay,
  toDayKey,
  toLocalInput,
} from "./local-dates";

describe("day keys", () => {
  it("name the reader's own calendar day and come back as its local midnight", () => {
    const moment = new Date(2026, 2, 5, 23, 59);
    expect(toDayKey(moment)).toBe("2026-03-05");
    expect(fromDayKey("2026-03-05")).toEqual(new Date(2026, 2, 5));
  });

  it("refuse what is not a real day instead of rolling into the next month", () => {
    expect(fromDayKey("2026-02-31")).toBeNull();
    expect(fromDayKey("2026-3-5")).toBeNull();
    expect(fromDayKey("yesterday")).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  it("moves by whole days across month and year ends", () => {
    expect(toDayKey(addDays(new Date(2026, 11, 30), 3))).toBe("2027-01-02");
    expect(toDayKey(addDays(new Date(2026, 2, 1), -1))).toBe("2026-02-28");
  });

  it("starts a day at local midnight", () => {
    expect(startOfDay(new Date(2026, 4, 9, 17, 45))).toEqual(new Date(2026, 4, 9));
  });
});

describe("datetime-local values", () => {
  it("round-trip a moment to the minute", () => {
    const moment = new Date(2026, 6, 1, 9, 5);
    expect(toLocalInput(moment)).toBe("2026-07-01T09:05");
    expect(fromLocalInput("2026-07-01T09:05")).toEqual(moment);
  });

  it("refuse empty or broken text", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("2026-07-01T25:00")).toBeNull();
    expect(fromLocalInput("2026-02-30T10:00")).toBeNull();
  });
});
