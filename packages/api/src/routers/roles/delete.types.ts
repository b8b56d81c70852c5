import { ZDeleted, ZRef } from "./roles.schema";

export const ZDeleteInput = ZRef("role");
export const ZDeleteOutput = ZDeleted;
