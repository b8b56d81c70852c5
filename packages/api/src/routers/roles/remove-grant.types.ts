import { ZDeleted, ZRef } from "./roles.schema";

export const ZRemoveGrantInput = ZRef("grant");
export const ZRemoveGrantOutput = ZDeleted;
