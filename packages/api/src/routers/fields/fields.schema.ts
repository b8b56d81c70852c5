import { CUSTOM_FIELD_TYPES } from "@charter/core/validation";
import { z } from "zod";

// Shared by the fields procedures' input and output schemas (settings of sections and fields).

export const ZCardKind = z.enum(["company", "contact", "object"], {
  error: "kind must be company, contact or object.",
});
export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export const ZSectionName = z.string().trim().min(1, "Give the section a name.").max(100);
export const ZGroupIds = z.array(ZId("group")).max(50, "Limit a section to at most 50 groups.");

export const ZOptions = z
  .array(z.string().trim().min(1, "A choice cannot be empty.").max(100))
  .min(1, "Give a select field at least one choice.")
  .max(100, "A select field has at most 100 choices.")
  .refine((options) => new Set(options).size === options.length, {
    message: "Each choice may appear only once.",
  });

export const ZField = z.object({
  id: z.string(),
  sectionId: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string()).nullable(),
  required: z.boolean(),
  position: z.number().int(),
  version: z.number().int(),
});

export const ZSection = z.object({
  id: z.string(),
  kind: ZCardKind,
  typeId: z.string().nullable(),
  name: z.string(),
  position: z.number().int(),
  /** One of the card's two default sections: it cannot be deleted (F2). */
  isDefault: z.boolean(),
  version: z.number().int(),
  limitedToGroups: z.array(z.object({ id: z.string(), name: z.string() })),
  fields: z.array(ZField.omit({ sectionId: true })),
});

export const ZTypeName = z.string().trim().min(1, "Give the type a name.").max(100);

export const ZRecordType = z.object({
  id: z.string(),
  kind: ZCardKind,
  name: z.string(),
  version: z.number().int(),
});
