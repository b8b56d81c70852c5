import { z } from "zod";

import { ZInterestFilter } from "./interest.schema";

export const ZCountInput = z.strictObject(ZInterestFilter);

export const ZCountOutput = z.object({ count: z.number().int() });
