import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZDeal, ZDealId, ZNewDealFields } from "./deal.schema";

export const ZUpdateInput = z.strictObject({
  id: ZDealId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  /** The stage moves through moveStage, the responsible through assign. */
  fields: ZNewDealFields.omit({ pipelineId: true, stageId: true })
    .partial()
    .refine((fields) => Object.keys(fields).length > 0, "Change at least one field."),
});

export const ZUpdateOutput = ZDeal.extend({ can: ZRecordCan });
