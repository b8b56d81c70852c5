import { z } from "zod";

import { ZActivityFilter } from "./list.types";

export const ZCountInput = z.strictObject({ filter: ZActivityFilter.optional() });

export const ZCountOutput = z.object({ count: z.number().int() });
