import { z } from "zod";

import { ZNone } from "../roles/roles.schema";
import { ZGroupSummary } from "./groups.schema";

export const ZListInput = ZNone;
export const ZListOutput = z.array(ZGroupSummary);
