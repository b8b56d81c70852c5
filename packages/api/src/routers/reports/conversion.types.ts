import { z } from "zod";

import { ZDealReportFilters, ZNamed } from "./report.schema";

/** The period is when deals were created: each stage's figures are about one cohort. */
export const ZConversionInput = ZDealReportFilters;

export const ZConversionOutput = z.object({
  pipelines: z.array(
    z.object({
      pipeline: ZNamed,
      stages: z.array(
        z.object({
          stage: z.object({ id: z.string(), name: z.string(), position: z.number().int() }),
          entered: z.number().int().describe("Deals that entered the stage."),
          advanced: z
            .number()
            .int()
            .describe("Of those, deals that reached a later stage that is not a lost one."),
          won: z.number().int().describe("Of those, deals that reached a won stage."),
          advanceRate: z
            .number()
            .nullable()
            .describe("advanced ÷ entered; null when none entered."),
          winRate: z.number().nullable().describe("won ÷ entered; null when none entered."),
        }),
      ),
    }),
  ),
});
