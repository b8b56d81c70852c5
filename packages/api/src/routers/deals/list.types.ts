import { z } from "zod";

import { ZPage } from "../products/product.schema";
import { ZDeal, ZDealFilter, ZStageFilter } from "./deal.schema";

export const ZListInput = z.strictObject({ ...ZDealFilter, ...ZStageFilter, ...ZPage });

export const ZListOutput = z.object({ items: z.array(ZDeal), nextCursor: z.string().nullable() });
