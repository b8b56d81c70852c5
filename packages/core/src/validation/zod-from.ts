import { z } from "zod";

import type { Validation } from "./result";

/** Wraps a validator as a string schema whose output is the normalised value. */
export function zodFromValidator(label: string, validate: (input: string) => Validation<string>) {
  return z.string({ error: `Send the ${label} as text.` }).transform((input, ctx) => {
    const result = validate(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}
