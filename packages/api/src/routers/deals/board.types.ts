import { z } from "zod";

import { ZDeal, ZDealFilter, ZDealStatus } from "./deal.schema";

export const ZBoardInput = z.strictObject({
  ...ZDealFilter,
  /** The project's first pipeline by default. */
  pipelineId: z.uuid("pipelineId must be a pipeline id.").optional(),
  /** How many deals each column shows; `list` with the column's stage continues it. */
  perStage: z.number().int().min(1).max(50).default(20),
});

const ZPipelineRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["opportunity", "client_cycle"]),
});

export const ZBoardOutput = z.object({
  pipeline: ZPipelineRef,
  /** Every pipeline of the project, for the board's switcher. */
  pipelines: z.array(ZPipelineRef),
  columns: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      position: z.number().int(),
      probability: z.number().int(),
      outcome: ZDealStatus,
      count: z.number().int(),
      /** Absent when a field rule hides deal amounts from the caller. */
      sums: z.array(z.object({ currency: z.string(), amount: z.string() })).optional(),
      deals: z.array(ZDeal),
      nextCursor: z.string().nullable(),
    }),
  ),
});
