import { z } from "zod";

import { ZId, ZOverride } from "./roles.schema";

export const ZListOverridesInput = z.strictObject({ employeeId: ZId("employee") });
export const ZListOverridesOutput = z.array(ZOverride);
