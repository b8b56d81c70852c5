import { z } from "zod";

import { isTimeZone } from "../../domain/reports/zoned-time";

// Shared by the reports procedures' input and output schemas.

const ZDay = z.iso.date("Give a day as YYYY-MM-DD, e.g. 2026-01-31.");

export const ZTimeZone = z
  .string()
  .trim()
  .max(64)
  .refine(isTimeZone, "Use an IANA time zone such as Europe/Prague or UTC.")
  .default("Europe/Prague");

/**
 * What a director narrows a deal report to. `from` and `to` are whole days in `timeZone`,
 * both included; the department includes the departments under it.
 */
export const ZDealReportFilters = z.strictObject({
  from: ZDay.optional(),
  to: ZDay.optional(),
  timeZone: ZTimeZone,
  departmentId: z.uuid("departmentId is not a valid id.").optional(),
  directionId: z.uuid("directionId is not a valid id.").optional(),
  responsibleId: z.uuid("responsibleId is not a valid id.").optional(),
  pipelineId: z.uuid("pipelineId is not a valid id.").optional(),
});

/** Activities belong to no pipeline, so their report takes every filter but that one. */
export const ZActivityReportFilters = ZDealReportFilters.omit({ pipelineId: true });

export const ZAmountHidden = z
  .boolean()
  .describe(
    "True when a field rule hides deal amounts from you: every amount is then null and no sum was computed; counts still hold.",
  );

export const ZMoney = z
  .string()
  .nullable()
  .describe("A decimal with two places, in the row's currency; null when amountHidden.");

export const ZCurrencyFigure = z.object({
  currency: z.string(),
  count: z.number().int(),
  amount: ZMoney,
});

export const ZNamed = z.object({ id: z.string(), name: z.string() });
