import { z } from "zod";

import { ZAssignment, ZId, ZVersion } from "./roles.schema";

export const ZAssignInput = z.strictObject({
  roleId: ZId("role"),
  employeeId: ZId("employee"),
  /** The role stops counting at this instant; null or absent, never. */
  expiresAt: z.date("expiresAt must be a date.").nullable().optional(),
  /** Absent: a new assignment; the assignment's version: change its expiry. */
  version: ZVersion.optional(),
});
export const ZAssignOutput = ZAssignment;
