import { describe, expect, it } from "vitest";

import { checkCustomPeriod, isDay, presetRange, todayIn } from "./report-period";

describe("presetRange", () => {
  it.each([
    ["thisMonth", "2026-03-14", "2026-03-01", "2026-03-31"],
    ["lastMonth", "2026-03-14", "2026-02-01", "2026-02-28"],
    ["lastMonth", "2026-01-05", "2025-12-01", "2025-12-31"],
    ["thisQuarter", "2026-05-20", "2026-04-01", "2026-06-30"],
    ["lastQuarter", "2026-02-10", "2025-10-01", "2025-12-31"],
    ["thisYear", "2024-02-29", "2024-01-01", "2024-12-31"],
    ["last12Months", "2026-03-14", "2025-04-01", "2026-03-31"],
  ] as const)("%s seen from %s is %s to %s", (preset, today, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to });
  });
});

describe("isDay", () => {
  it("accepts real days only", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-01-01")).toBe(false);
    expect(isDay(null)).toBe(false);
  });
});

describe("todayIn", () => {
  it("reads the day in the zone, not in UTC", () => {
    const lateEvening = new Date(Date.UTC(2026, 0, 31, 23, 30));
    expect(todayIn("Europe/Prague", lateEvening)).toBe("2026-02-01");
    expect(todayIn("UTC", lateEvening)).toBe("2026-01-31");
  });
});

describe("checkCustomPeriod", () => {
  it("refuses a period that ends before it starts", () => {
    expect(checkCustomPeriod("2026-03-02", "2026-03-01")).toBe("order");
    expect(checkCustomPeriod("2026-03-01", "2026-03-01")).toBeNull();
  });

  it("refuses more than 36 months, as the API does", () => {
    expect(checkCustomPeriod("2023-04-01", "2026-03-31")).toBeNull();
    expect(checkCustomPeriod("2023-03-31", "2026-03-01")).toBe("tooLong");
  });
});
