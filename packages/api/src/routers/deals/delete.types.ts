import { z } from "zod";

import { ZVersion } from "../companies/company.schema";
import { ZDealId } from "./deal.schema";

export const ZDeleteInput = z.strictObject({ id: ZDealId, version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
