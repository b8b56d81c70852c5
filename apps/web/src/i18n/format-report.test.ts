import { describe, expect, it } from "vitest";

import { formatMoney, formatMonth, formatNumber, formatPercent } from "./format";

const readSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("compact figures", () => {
  it.each([
    ["en", "CZK 3.4m"],
    ["ru", "3,4 млн CZK"],
    ["cs", "3,4 mil. Kč"],
  ] as const)("shorten a sum in %s", (locale, expected) => {
    expect(readSpaces(formatMoney("3400000.00", "CZK", locale, { compact: true }))).toBe(expected);
  });

  it("shorten a count", () => {
    expect(readSpaces(formatNumber(12500, "cs", { compact: true }))).toBe("12,5 tis.");
  });
});

describe("formatPercent", () => {
  it.each([
    ["en", "63%"],
    ["ru", "63 %"],
    ["cs", "63 %"],
  ] as const)("rounds to a whole percent in %s", (locale, expected) => {
    expect(readSpaces(formatPercent(0.625, locale))).toBe(expected);
  });
});

describe("formatMonth", () => {
  it.each([
    ["en", "March 2026", "Mar"],
    ["ru", "март 2026 г.", "март"],
    ["cs", "březen 2026", "bře"],
  ] as const)("names the month in %s", (locale, long, short) => {
    expect(readSpaces(formatMonth("2026-03", locale))).toBe(long);
    expect(readSpaces(formatMonth("2026-03", locale, { style: "short" }))).toBe(short);
  });

  it("shows text that is not a month as it is", () => {
    expect(formatMonth("soon", "en")).toBe("soon");
  });
});
