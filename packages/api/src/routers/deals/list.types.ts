import { z } from "zod";

import { ZDealCursor } from "../../domain/deals/deal-cursor";
import { ZPage } from "../products/product.schema";
import { ZDeal, ZDealFilter, ZDealSort, ZStageFilter } from "./deal.schema";

export const ZListInput = z.strictObject({
  ...ZDealFilter,
  ...ZStageFilter,
  sort: ZDealSort.optional(),
  cursor: ZDealCursor.optional(),
  limit: ZPage.limit,
});

export const ZListOutput = z.object({ items: z.array(ZDeal), nextCursor: z.string().nullable() });
