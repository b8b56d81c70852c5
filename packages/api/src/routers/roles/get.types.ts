import { z } from "zod";

import { ZId, ZRole } from "./roles.schema";

export const ZGetInput = z.strictObject({ id: ZId("role") });
export const ZGetOutput = ZRole;
