import { z } from "zod";

import { ZGroupIds, ZId, ZSection, ZVersion } from "./fields.schema";

export const ZLimitSectionInput = z.strictObject({
  id: ZId("section"),
  version: ZVersion,
  /** The CRM groups that alone see the section (D8); empty opens it to everyone. */
  groupIds: ZGroupIds,
});

export const ZLimitSectionOutput = ZSection;
