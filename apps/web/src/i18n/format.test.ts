import { describe, expect, it } from "vitest";

import {
  createFormatters,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
} from "./format";

// Which no-break space Intl puts between groups or before "г." / "Kč" differs between ICU
// versions (U+00A0 or U+202F), so results are compared with those read as plain spaces; that
// no ordinary, breaking space splits a figure is checked on its own.
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

function readSpaces(text: string): string {
  return text.replace(NO_BREAK_SPACES, " ");
}

const MARCH_5_14_07_UTC = new Date(Date.UTC(2026, 2, 5, 14, 7));

describe("formatDate", () => {
  it.each([
    ["en", "5 Mar 2026"],
    ["ru", `5 мар. 2026 г.`],
    ["cs", `5. 3. 2026`],
  ] as const)("in %s", (locale, expected) => {
    expect(readSpaces(formatDate(MARCH_5_14_07_UTC, locale, { timeZone: "UTC" }))).toBe(expected);
  });

  it("reads the day in the zone it is given", () => {
    const lateEvening = new Date(Date.UTC(2026, 2, 5, 23, 30));
    expect(readSpaces(formatDate(lateEvening, "cs", { timeZone: "Europe/Prague" }))).toBe(
      "6. 3. 2026",
    );
  });
});

describe("formatCalendarDate", () => {
  it.each([
    ["en", "31 May 2024"],
    ["ru", "31 мая 2024 г."],
    ["cs", "31. 5. 2024"],
  ] as const)("keeps the stored day in %s, whatever the zone", (locale, expected) => {
    expect(readSpaces(formatCalendarDate("2024-05-31", locale))).toBe(expected);
  });

  it("shows text that is not a date as it is", () => {
    expect(formatCalendarDate("someday", "en")).toBe("someday");
  });
});

describe("formatDateTime", () => {
  it.each([
    ["en", "5 Mar 2026, 14:07"],
    ["ru", `5 мар. 2026 г., 14:07`],
    ["cs", `5. 3. 2026 14:07`],
  ] as const)("in %s, on a 24-hour clock", (locale, expected) => {
    expect(readSpaces(formatDateTime(MARCH_5_14_07_UTC, locale, { timeZone: "UTC" }))).toBe(
      expected,
    );
  });
});

describe("formatNumber", () => {
  it.each([
    ["en", "1,234,567.89"],
    ["ru", `1 234 567,89`],
    ["cs", `1 234 567,89`],
  ] as const)("in %s", (locale, expected) => {
    expect(readSpaces(formatNumber(1234567.891, locale))).toBe(expected);
  });

  it("honours a smaller number of decimals", () => {
    expect(readSpaces(formatNumber(2.5, "cs", { maximumFractionDigits: 0 }))).toBe("3");
  });
});

describe("formatMoney", () => {
  it.each([
    ["en", "CZK", "CZK 1,234,567.50"],
    ["en", "EUR", "€1,234,567.50"],
    ["en", "RUB", "RUB 1,234,567.50"],
    ["ru", "CZK", `1 234 567,50 CZK`],
    ["ru", "EUR", `1 234 567,50 €`],
    ["ru", "RUB", `1 234 567,50 ₽`],
    ["cs", "CZK", `1 234 567,50 Kč`],
    ["cs", "EUR", `1 234 567,50 €`],
    ["cs", "RUB", `1 234 567,50 RUB`],
  ] as const)("in %s, %s", (locale, currency, expected) => {
    expect(readSpaces(formatMoney(1234567.5, currency, locale))).toBe(expected);
  });

  it("formats a decimal string exactly, beyond a float's precision", () => {
    expect(readSpaces(formatMoney("12345678901234567.25", "EUR", "en"))).toBe(
      "€12,345,678,901,234,567.25",
    );
  });
});

describe("a formatted figure", () => {
  it.each(["ru", "cs"] as const)("never breaks across lines in %s", (locale) => {
    expect(formatMoney(1234567.5, "CZK", locale)).not.toMatch(/ /);
    expect(formatNumber(1234567, locale)).not.toMatch(/ /);
  });
});

describe("createFormatters", () => {
  it("binds the locale and zone once for a component to use", () => {
    const format = createFormatters("cs", { timeZone: "UTC" });
    expect(readSpaces(format.date(MARCH_5_14_07_UTC))).toBe("5. 3. 2026");
    expect(readSpaces(format.money(10, "CZK"))).toBe(`10,00 Kč`);
    expect(readSpaces(format.number(1000))).toBe(`1 000`);
  });
});
