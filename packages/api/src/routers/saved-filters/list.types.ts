import { z } from "zod";

import { ZSavedFilter, ZSavedFilterList } from "./saved-filter.schema";

export const ZListInput = z.strictObject({ list: ZSavedFilterList });
export const ZListOutput = z.array(ZSavedFilter);
