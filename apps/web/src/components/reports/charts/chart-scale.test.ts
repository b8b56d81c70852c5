import { describe, expect, it } from "vitest";

import { amountValue, countScale, niceScale, scaleLength } from "./chart-scale";

describe("niceScale", () => {
  it.each([
    [87, 100, [0, 25, 50, 75, 100]],
    [3_400_000, 4_000_000, [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]],
    [0.3, 0.3, [0, 0.1, 0.2, 0.3]],
    [10, 10, [0, 2.5, 5, 7.5, 10]],
  ])("puts a top of %d at %d", (max, top, ticks) => {
    expect(niceScale(max)).toEqual({ top, ticks });
  });

  it("draws an empty axis from 0 to 1", () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe("countScale", () => {
  it("keeps ticks whole", () => {
    expect(countScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countScale(10).ticks.every(Number.isInteger)).toBe(true);
    expect(countScale(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe("scaleLength", () => {
  it("is proportional and never negative or past the axis", () => {
    expect(scaleLength(50, 100, 300)).toBe(150);
    expect(scaleLength(-5, 100, 300)).toBe(0);
    expect(scaleLength(150, 100, 300)).toBe(300);
  });
});

describe("amountValue", () => {
  it("reads a decimal string and treats a hidden amount as nothing to draw", () => {
    expect(amountValue("1250.50")).toBe(1250.5);
    expect(amountValue(null)).toBe(0);
  });
});
