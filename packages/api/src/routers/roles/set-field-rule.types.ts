import { z } from "zod";

import { ZFieldAccess, ZFieldRule, ZId, ZVersion, ZWord } from "./roles.schema";

export const ZSetFieldRuleInput = z.strictObject({
  roleId: ZId("role"),
  resource: ZWord("resource"),
  field: ZWord("field"),
  access: ZFieldAccess,
  /** Absent: add a rule for a field that has none; the rule's version: change it. */
  version: ZVersion.optional(),
});
export const ZSetFieldRuleOutput = ZFieldRule;
