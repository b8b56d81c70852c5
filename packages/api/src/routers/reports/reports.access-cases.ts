import type { TAccessCases } from "../../testing/access-matrix/types";

// Opening a report is the `report` resource's `view`; which records each figure counts is
// the deal and activity reach inside its queries (tested in reports-figures.test.ts).
const report = { action: "view", resource: "report", judge: "reach", fresh: false } as const;

export const REPORT_CASES: TAccessCases = {
  "reports.pipelineValue": {
    ...report,
    call: (caller) => caller.reports.pipelineValue({}),
  },
  "reports.wonLost": {
    ...report,
    call: (caller) => caller.reports.wonLost({}),
  },
  "reports.activities": {
    ...report,
    call: (caller) => caller.reports.activities({}),
  },
  "reports.conversion": {
    ...report,
    call: (caller) => caller.reports.conversion({}),
  },
  "reports.dealsBehind": {
    ...report,
    call: (caller) =>
      caller.reports.dealsBehind({
        filters: {},
        figure: { report: "pipelineValue", stageId: crypto.randomUUID() },
        limit: 1,
      }),
  },
  "reports.activitiesBehind": {
    ...report,
    call: (caller) => caller.reports.activitiesBehind({ filters: {}, figure: {}, limit: 1 }),
  },
};
