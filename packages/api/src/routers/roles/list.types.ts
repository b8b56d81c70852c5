import { z } from "zod";

import { ZNone, ZRoleSummary } from "./roles.schema";

export const ZListInput = ZNone;
export const ZListOutput = z.array(ZRoleSummary);
