import { z } from "zod";

import {
  ZAmountHidden,
  ZCurrencyFigure,
  ZDealReportFilters,
  ZMoney,
  ZNamed,
} from "./report.schema";

/** The period is the deals' expected close date; a deal without one counts only without a period. */
export const ZPipelineValueInput = ZDealReportFilters;

const ZPipelineCurrencyFigure = ZCurrencyFigure.extend({
  weighted: ZMoney.describe("The sum weighted by the stage's probability; null when amountHidden."),
});

export const ZPipelineValueOutput = z.object({
  amountHidden: ZAmountHidden,
  stages: z.array(
    z.object({
      pipeline: ZNamed,
      stage: z.object({
        id: z.string(),
        name: z.string(),
        position: z.number().int(),
        probability: z.number().int(),
      }),
      count: z.number().int(),
      byCurrency: z.array(ZPipelineCurrencyFigure),
    }),
  ),
  totals: z.object({ count: z.number().int(), byCurrency: z.array(ZPipelineCurrencyFigure) }),
});
