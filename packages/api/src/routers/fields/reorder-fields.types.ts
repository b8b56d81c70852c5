import { z } from "zod";

import { ZField, ZId } from "./fields.schema";

export const ZReorderFieldsInput = z.strictObject({
  sectionId: ZId("section"),
  /** Every field of the section, once each, in the new order. */
  fieldIds: z.array(ZId("field")).min(1).max(200),
});

export const ZReorderFieldsOutput = z.array(ZField);
