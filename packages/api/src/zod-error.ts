import { z, type ZodError } from "zod";

/**
 * A zod failure as the client receives it. `formErrors` and `fieldErrors` are zod's own
 * flattening (first path segment only); `fieldPaths` keys every message by its whole dotted
 * path (`fields.name`, `lines.2.quantity`), so a form can show an error beside the nested
 * field it belongs to. Messages without a path stay in `formErrors` only.
 */
export type TZodErrorData = {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
  fieldPaths: Record<string, string[]>;
};

export function formatZodError(error: ZodError): TZodErrorData {
  const fieldPaths: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const path = issue.path.map(String).join(".");
    (fieldPaths[path] ??= []).push(issue.message);
  }
  return { ...z.flattenError(error), fieldPaths };
}
