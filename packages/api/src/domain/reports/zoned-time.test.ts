import { describe, expect, it } from "vitest";

import { defaultWonLostDays } from "./won-lost-by-month";
import { isTimeZone, localDateOf, monthBuckets, startOfLocalDay } from "./zoned-time";

describe("zoned time: days and months begin at local midnight", () => {
  it.each([
    ["Europe/Prague", { year: 2026, month: 2, day: 1 }, "2026-01-31T23:00:00.000Z"],
    ["Europe/Prague", { year: 2026, month: 7, day: 1 }, "2026-06-30T22:00:00.000Z"],
    // The day of the spring jump (02:00 → 03:00) still starts at midnight, UTC+1.
    ["Europe/Prague", { year: 2026, month: 3, day: 29 }, "2026-03-28T23:00:00.000Z"],
    ["UTC", { year: 2026, month: 12, day: 31 }, "2026-12-31T00:00:00.000Z"],
    ["Asia/Kolkata", { year: 2026, month: 1, day: 1 }, "2025-12-31T18:30:00.000Z"],
    ["America/Los_Angeles", { year: 2026, month: 11, day: 1 }, "2026-11-01T07:00:00.000Z"],
    // São Paulo once jumped from 00:00 to 01:00: the day began at 01:00 local time.
    ["America/Sao_Paulo", { year: 2018, month: 11, day: 4 }, "2018-11-04T03:00:00.000Z"],
  ])("%s %o begins at %s", (timeZone, date, instant) => {
    expect(startOfLocalDay(date, timeZone).toISOString()).toBe(instant);
    expect(localDateOf(new Date(instant), timeZone)).toEqual(date);
  });

  it("cuts the first and last month to the period", () => {
    const buckets = monthBuckets(
      { year: 2025, month: 12, day: 15 },
      { year: 2026, month: 2, day: 10 },
      "Europe/Prague",
    );
    expect(
      buckets.map((bucket) => [bucket.month, bucket.from.toISOString(), bucket.to.toISOString()]),
    ).toEqual([
      ["2025-12", "2025-12-14T23:00:00.000Z", "2025-12-31T23:00:00.000Z"],
      ["2026-01", "2025-12-31T23:00:00.000Z", "2026-01-31T23:00:00.000Z"],
      ["2026-02", "2026-01-31T23:00:00.000Z", "2026-02-10T23:00:00.000Z"],
    ]);
  });

  it("defaults won/lost to the twelve months up to today, across a year's end", () => {
    expect(defaultWonLostDays(new Date("2026-01-10T12:00:00Z"), "Europe/Prague", null)).toEqual({
      from: { year: 2025, month: 2, day: 1 },
      to: { year: 2026, month: 1, day: 10 },
    });
    // 23:30 UTC on 31 December is already the new year in Prague.
    expect(defaultWonLostDays(new Date("2025-12-31T23:30:00Z"), "Europe/Prague", null).to).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
  });

  it("knows IANA names from anything else", () => {
    expect(isTimeZone("Europe/Prague")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
