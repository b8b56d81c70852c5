import { z } from "zod";

import { ZCardKind, ZGroupIds, ZId, ZSection, ZSectionName } from "./fields.schema";

export const ZCreateSectionInput = z.strictObject({
  kind: ZCardKind,
  /** A type's own section; omitted or null, every record of the kind shows it. */
  typeId: ZId("type").nullable().optional(),
  name: ZSectionName,
  /** Only these CRM groups see the section and its values (D8); empty, everyone. */
  groupIds: ZGroupIds.default([]),
});

export const ZCreateSectionOutput = ZSection;
