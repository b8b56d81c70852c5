import { z } from "zod";

import { ZVersion } from "../companies/company.schema";
import { ZInterestId } from "./interest.schema";

export const ZDeleteInput = z.strictObject({ id: ZInterestId, version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
