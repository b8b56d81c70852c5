import { z } from "zod";

import { ZId } from "../roles/roles.schema";
import { ZGroup } from "./groups.schema";

export const ZRemoveMemberInput = z.strictObject({
  groupId: ZId("group"),
  employeeId: ZId("employee"),
});
export const ZRemoveMemberOutput = ZGroup;
