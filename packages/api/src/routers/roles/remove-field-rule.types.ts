import { ZDeleted, ZRef } from "./roles.schema";

export const ZRemoveFieldRuleInput = ZRef("field rule");
export const ZRemoveFieldRuleOutput = ZDeleted;
