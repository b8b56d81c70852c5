import { z } from "zod";

import { ZPage } from "../products/product.schema";
import { ZInterest, ZInterestFilter } from "./interest.schema";

export const ZListInput = z.strictObject({ ...ZInterestFilter, ...ZPage });

export const ZListOutput = z.object({
  items: z.array(ZInterest),
  nextCursor: z.string().nullable(),
});
