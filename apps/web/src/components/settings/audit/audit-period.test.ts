import { describe, expect, it } from "vitest";

import { auditPeriod } from "./audit-period";

describe("auditPeriod", () => {
  it("runs from the first day's start to the end of the last day", () => {
    expect(auditPeriod("2026-03-01", "2026-03-31")).toEqual({
      from: new Date(2026, 2, 1),
      to: new Date(2026, 3, 1),
    });
  });

  it("leaves an end open, and ignores what is not a day", () => {
    expect(auditPeriod(null, "2026-12-31")).toEqual({ to: new Date(2027, 0, 1) });
    expect(auditPeriod("yesterday", null)).toEqual({});
    expect(auditPeriod("2026-02-30", null)).toEqual({});
  });
});
