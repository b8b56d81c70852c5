import { z } from "zod";

import { ZId, ZSection, ZSectionName, ZVersion } from "./fields.schema";

export const ZRenameSectionInput = z.strictObject({
  id: ZId("section"),
  version: ZVersion,
  name: ZSectionName,
});

export const ZRenameSectionOutput = ZSection;
