import { z } from "zod";

import { ZCompanyFilter, ZSearch } from "./list.types";

export const ZCountInput = z.strictObject({
  search: ZSearch.optional(),
  companyId: ZCompanyFilter.optional(),
});

export const ZCountOutput = z.object({ count: z.number().int() });
