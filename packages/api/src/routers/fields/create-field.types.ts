import { CUSTOM_FIELD_TYPES } from "@charter/core/validation";
import { z } from "zod";

import { ZField, ZId, ZOptions } from "./fields.schema";

export const ZCreateFieldInput = z.strictObject({
  sectionId: ZId("section"),
  label: z.string().trim().min(1, "Give the field a label.").max(100),
  /** Derived from the label when omitted. */
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,59}$/,
      "A key is lowercase letters, digits and _, starting with a letter.",
    )
    .optional(),
  /** Chosen once: a field's type never changes (F2). */
  type: z.enum(CUSTOM_FIELD_TYPES, {
    error: `type must be one of ${CUSTOM_FIELD_TYPES.join(", ")}.`,
  }),
  options: ZOptions.optional(),
  required: z.boolean().default(false),
});

export const ZCreateFieldOutput = ZField;
