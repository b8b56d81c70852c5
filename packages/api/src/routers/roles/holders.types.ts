import { z } from "zod";

import { ZEmployeeCursor } from "../../domain/employees/employee-cursor";
import { ZHolder, ZId } from "./roles.schema";

export const ZHoldersInput = z.strictObject({
  roleId: ZId("role"),
  cursor: ZEmployeeCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZHoldersOutput = z.object({
  /** Every assignment of the role, expired ones included: what paging through finds. */
  total: z.number().int(),
  items: z.array(ZHolder),
  nextCursor: z.string().nullable(),
});
