import { ZDeleted, ZRef } from "./roles.schema";

export const ZRemoveOverrideInput = ZRef("override");
export const ZRemoveOverrideOutput = ZDeleted;
