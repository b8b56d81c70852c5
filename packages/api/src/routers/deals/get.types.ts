import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZDeal, ZDealId } from "./deal.schema";

export const ZGetInput = z.strictObject({ id: ZDealId });

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZGetOutput = ZDeal.extend({
  can: ZRecordCan,
  /** Prices, discounts and totals are absent when the amount is hidden from the caller. */
  lines: z.array(
    z.object({
      id: z.string(),
      product: z.object({ id: z.string(), sku: z.string(), name: z.string() }),
      quantity: z.string(),
      unitPrice: z.string().optional(),
      discount: z.string().optional(),
      total: z.string().optional(),
    }),
  ),
  stageHistory: z.array(
    z.object({
      id: z.string(),
      fromStage: ZRef.nullable(),
      toStage: ZRef,
      changedBy: ZRef.nullable(),
      createdAt: z.date(),
    }),
  ),
});
