import { z } from "zod";

import { ZConditionInput, ZId, ZOverride, ZWord } from "./roles.schema";

export const ZAddOverrideInput = z.strictObject({
  employeeId: ZId("employee"),
  resource: ZWord("resource"),
  action: ZWord("action"),
  effect: ZWord("effect"),
  /** Only where it holds; absent or null, on every record. */
  condition: ZConditionInput,
  /** Why, for the next admin. */
  note: z.string().trim().max(500, "A note has at most 500 characters.").nullable().optional(),
});
export const ZAddOverrideOutput = ZOverride;
