import { describe, expect, it } from "vitest";

import { toDayKey } from "../shared/local-dates";
import {
  addMonths,
  firstDayOfWeek,
  groupByDay,
  monthGridDays,
  moveByKey,
  shiftPeriod,
  startOfWeek,
  visibleRange,
  weekDays,
} from "./calendar-dates";

const keys = (days: Date[]) => days.map(toDayKey);

describe("[H4] firstDayOfWeek", () => {
  it("starts the week on Monday in Czech, Russian and British English, Sunday in the US", () => {
    expect(firstDayOfWeek("cs-CZ")).toBe(1);
    expect(firstDayOfWeek("ru-RU")).toBe(1);
    expect(firstDayOfWeek("en-GB")).toBe(1);
    expect(firstDayOfWeek("en-US")).toBe(7);
  });

  it("falls back to Monday for a tag it cannot read", () => {
    expect(firstDayOfWeek("not a locale")).toBe(1);
  });
});

describe("[H4] month and week grids", () => {
  // 1 March 2026 is a Sunday; 31 March a Tuesday.
  it("covers the month in whole weeks from the week's first day", () => {
    const days = monthGridDays(new Date(2026, 2, 14), 1);
    expect(days).toHaveLength(42);
    expect(toDayKey(days[0] as Date)).toBe("2026-02-23");
    expect(toDayKey(days[41] as Date)).toBe("2026-04-05");
  });

  it("shifts the grid when the week starts on Sunday", () => {
    const days = monthGridDays(new Date(2026, 2, 14), 7);
    expect(days).toHaveLength(35);
    expect(toDayKey(days[0] as Date)).toBe("2026-03-01");
    expect(toDayKey(days[34] as Date)).toBe("2026-04-04");
  });

  it("needs only four weeks for a February that fits them", () => {
    // 1 February 2027 is a Monday.
    expect(monthGridDays(new Date(2027, 1, 10), 1)).toHaveLength(28);
  });

  it("gives the seven days of a week", () => {
    expect(keys(weekDays(new Date(2026, 2, 11), 1))).toEqual([
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
      "2026-03-13",
      "2026-03-14",
      "2026-03-15",
    ]);
    expect(toDayKey(startOfWeek(new Date(2026, 2, 15, 22), 1))).toBe("2026-03-09");
  });

  it("asks the API for the shown days only, end exclusive", () => {
    const range = visibleRange("week", new Date(2026, 2, 11), 1);
    expect(range.from).toEqual(new Date(2026, 2, 9));
    expect(range.to).toEqual(new Date(2026, 2, 16));
    const month = visibleRange("month", new Date(2026, 2, 11), 1);
    expect((month.to.getTime() - month.from.getTime()) / 86_400_000).toBeLessThanOrEqual(43);
  });
});

describe("[H4] keyboard moves", () => {
  const day = new Date(2026, 2, 11);

  it("moves by a day, a week, to the week's ends and by a month", () => {
    expect(toDayKey(moveByKey(day, "ArrowLeft", 1) as Date)).toBe("2026-03-10");
    expect(toDayKey(moveByKey(day, "ArrowRight", 1) as Date)).toBe("2026-03-12");
    expect(toDayKey(moveByKey(day, "ArrowUp", 1) as Date)).toBe("2026-03-04");
    expect(toDayKey(moveByKey(day, "ArrowDown", 1) as Date)).toBe("2026-03-18");
    expect(toDayKey(moveByKey(day, "Home", 1) as Date)).toBe("2026-03-09");
    expect(toDayKey(moveByKey(day, "End", 1) as Date)).toBe("2026-03-15");
    expect(toDayKey(moveByKey(day, "PageUp", 1) as Date)).toBe("2026-02-11");
    expect(toDayKey(moveByKey(day, "PageDown", 1, true) as Date)).toBe("2027-03-11");
    expect(moveByKey(day, "Enter", 1)).toBeNull();
  });

  it("keeps to the month's last day when the next month is shorter", () => {
    expect(toDayKey(addMonths(new Date(2026, 0, 31), 1))).toBe("2026-02-28");
    expect(toDayKey(shiftPeriod("month", new Date(2026, 2, 31), -1))).toBe("2026-02-28");
    expect(toDayKey(shiftPeriod("week", day, 1))).toBe("2026-03-18");
  });
});

describe("groupByDay", () => {
  it("files entries under their local day, keeping their order", () => {
    const a = { id: "a", startsAt: new Date(2026, 2, 11, 9) };
    const b = { id: "b", startsAt: new Date(2026, 2, 11, 23, 59) };
    const c = { id: "c", startsAt: new Date(2026, 2, 12, 0, 0) };
    const grouped = groupByDay([a, b, c]);
    expect(grouped.get("2026-03-11")).toEqual([a, b]);
    expect(grouped.get("2026-03-12")).toEqual([c]);
  });
});
