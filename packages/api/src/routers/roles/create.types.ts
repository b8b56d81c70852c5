import { z } from "zod";

import { ZDescription, ZRole, ZRoleName } from "./roles.schema";

export const ZCreateInput = z.strictObject({
  name: ZRoleName,
  description: ZDescription.nullable().optional(),
  /** A read-only role lets its holders view and nothing else, whatever else they hold (D5). */
  readOnly: z.boolean().default(false),
});
export const ZCreateOutput = ZRole;
