import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZVersion } from "../companies/company.schema";
import { ZDeal, ZNewDealFields } from "../deals/deal.schema";
import { ZInterest, ZInterestId } from "./interest.schema";

export const ZConvertInput = z.strictObject({
  id: ZInterestId,
  /** The interest's version the caller read. */
  version: ZVersion,
  /** The deal's title; the interest's by default. */
  title: ZNewDealFields.shape.title.optional(),
  /** The product's currency by default, when the interest names one. */
  currency: ZNewDealFields.shape.currency.optional(),
  amount: ZNewDealFields.shape.amount,
  expectedCloseAt: ZNewDealFields.shape.expectedCloseAt,
  partnerId: ZNewDealFields.shape.partnerId,
  pipelineId: ZNewDealFields.shape.pipelineId,
  stageId: ZNewDealFields.shape.stageId,
});

export const ZConvertOutput = z.object({
  interest: ZInterest.extend({ can: ZRecordCan }),
  deal: ZDeal.extend({ can: ZRecordCan }),
});
