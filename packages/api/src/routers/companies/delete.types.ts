import { z } from "zod";

import { ZCompanyId, ZVersion } from "./company.schema";

export const ZDeleteInput = z.strictObject({ id: ZCompanyId, version: ZVersion });

export const ZDeleteOutput = z.object({ id: z.string() });
