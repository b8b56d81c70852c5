import { ZDeleted, ZRef } from "../roles/roles.schema";

export const ZDeleteInput = ZRef("group");
export const ZDeleteOutput = ZDeleted;
