import { describe, expect, it } from "vitest";

import { readFigure, writeFigure, type TReportFigure } from "./report-figure";

const STAGE = "3f8b5c3e-4c1a-4d2e-9f00-1a2b3c4d5e6f";

describe("a figure in the URL", () => {
  it.each<TReportFigure>([
    { report: "pipelineValue", stageId: STAGE, currency: "CZK" },
    { report: "pipelineValue", stageId: STAGE },
    { report: "wonLost", month: "2026-03", status: "lost", currency: "EUR" },
    { report: "wonLost", month: "2025-12", status: "won" },
    { report: "conversion", stageId: STAGE, measure: "advanced" },
    { report: "activities", responsibleId: STAGE, kind: "call" },
    { report: "activities", responsibleId: STAGE },
    { report: "activities", kind: "email" },
  ])("reads back as written: %o", (figure) => {
    expect(readFigure(writeFigure(figure))).toEqual(figure);
  });

  it.each([
    "pipelineValue.not-an-id",
    "wonLost.2026-13.won",
    "wonLost.2026-03.draw",
    "conversion." + STAGE + ".lost",
    "activities.all.all",
    "activities." + STAGE + ".fax",
    "unknown." + STAGE,
    "pipelineValue." + STAGE + ".CZK.extra",
  ])("ignores what the dashboard never writes: %s", (value) => {
    expect(readFigure(value)).toBeNull();
  });

  it("drops a currency that is not a code rather than asking for it", () => {
    expect(readFigure(`wonLost.2026-03.won.kc`)).toEqual({
      report: "wonLost",
      month: "2026-03",
      status: "won",
    });
  });
});
