import { z } from "zod";

export const ZCreateInput = z.strictObject({
  name: z.string().trim().min(1, "Give the project a name.").max(200),
  /** Made from the name when absent (and numbered if taken). */
  slug: z
    .string()
    .trim()
    .max(60)
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "Use lower-case letters, digits and single hyphens in the slug, e.g. acme-b2c.",
    )
    .optional(),
});

export const ZCreateOutput = z.object({
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  /** The creator's Admin employee there: pass it to `switch` to work in the new project. */
  employeeId: z.string(),
});
