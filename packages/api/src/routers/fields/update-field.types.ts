import { z } from "zod";

import { ZField, ZId, ZOptions, ZVersion } from "./fields.schema";

// No `type`: a field's type never changes after creation (F2). The strict object refuses it
// as an unknown key rather than ignoring it.
export const ZUpdateFieldInput = z
  .strictObject({
    id: ZId("field"),
    version: ZVersion,
    label: z.string().trim().min(1, "Give the field a label.").max(100).optional(),
    /** A select field's choices. */
    options: ZOptions.optional(),
    required: z.boolean().optional(),
  })
  .refine(
    (input) =>
      input.label !== undefined || input.options !== undefined || input.required !== undefined,
    { message: "Change the label, the choices or whether the field is required." },
  );

export const ZUpdateFieldOutput = ZField;
