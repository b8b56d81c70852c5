import { CUSTOM_FIELD_TYPES } from "@charter/core/validation";
import { z } from "zod";

// Shared by the companies, contacts and objects procedures.

/**
 * `{ [fieldId]: value }`: values stay unknown here and are validated per field type once the
 * fields are loaded (a number field takes 12.5 or "12.5", a checkbox true or false, null clears).
 */
export const ZCustomValuesInput = z
  .record(z.uuid("Custom values are keyed by field id."), z.unknown())
  .refine((values) => Object.keys(values).length <= 200, {
    message: "Save at most 200 custom values at once.",
  });

export const ZCustomFieldValue = z.union([z.string(), z.boolean()]).nullable();

export const ZCustomSection = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  isDefault: z.boolean(),
  /** `read` when the subject may see the section's values but not change them. */
  access: z.enum(["read", "write"]),
  fields: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      label: z.string(),
      type: z.enum(CUSTOM_FIELD_TYPES),
      options: z.array(z.string()).nullable(),
      required: z.boolean(),
      value: ZCustomFieldValue,
    }),
  ),
});

export type TCustomSection = z.infer<typeof ZCustomSection>;
export type TCustomValuesInput = Record<string, unknown>;
