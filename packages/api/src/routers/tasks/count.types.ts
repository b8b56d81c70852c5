import { z } from "zod";

import { ZTaskFilter } from "./list.types";

export const ZCountInput = z.strictObject({ filter: ZTaskFilter.optional() });

export const ZCountOutput = z.object({ count: z.number().int() });
