import { z } from "zod";

import { ZSearch } from "./list.types";

export const ZCountInput = z.strictObject({ search: ZSearch.optional() });

export const ZCountOutput = z.object({ count: z.number().int() });
