import { z } from "zod";

import { ZId, ZVersion } from "./roles.schema";

export const ZUnassignInput = z.strictObject({
  roleId: ZId("role"),
  employeeId: ZId("employee"),
  /** The assignment's version. */
  version: ZVersion,
});
export const ZUnassignOutput = z.object({ roleId: z.string(), employeeId: z.string() });
