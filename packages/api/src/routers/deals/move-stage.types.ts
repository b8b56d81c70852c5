import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZDeal, ZDealId, ZFiredTask } from "./deal.schema";

export const ZMoveStageInput = z.strictObject({
  id: ZDealId,
  version: ZVersion,
  /** Any stage of the project; the deal takes its pipeline and outcome. */
  stageId: z.uuid("stageId must be a stage id."),
});

export const ZMoveStageOutput = z.object({
  deal: ZDeal.extend({ can: ZRecordCan }),
  /** The tasks the stage's chains created (G3). */
  tasks: z.array(ZFiredTask),
});
