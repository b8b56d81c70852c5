import { z } from "zod";

import { ZDealFilter, ZStageFilter } from "./deal.schema";

export const ZCountInput = z.strictObject({ ...ZDealFilter, ...ZStageFilter });

export const ZCountOutput = z.object({ count: z.number().int() });
