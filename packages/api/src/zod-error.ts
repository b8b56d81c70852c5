import { z, type ZodError } from "zod";

/**
 * What kind of fault a field has, for a reader in another language: the API's messages are
 * English, so the client words these itself ("Use at most 60 characters.") in the reader's.
 */
export type TFieldIssue =
  | { code: "required" }
  | { code: "too_small"; origin: "string" | "number" | "other"; minimum: number }
  | { code: "too_big"; origin: "string" | "number" | "other"; maximum: number }
  | { code: "format"; format: string }
  | { code: "choice" }
  | { code: "other" };

/**
 * A zod failure as the client receives it. `formErrors` and `fieldErrors` are zod's own
 * flattening (first path segment only); `fieldPaths` keys every message by its whole dotted
 * path (`fields.name`, `lines.2.quantity`), so a form can show an error beside the nested
 * field it belongs to; `fieldIssues` says the kind of each fault by the same paths. Messages
 * without a path stay in `formErrors` only.
 */
export type TZodErrorData = {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
  fieldPaths: Record<string, string[]>;
  fieldIssues: Record<string, TFieldIssue[]>;
};

function originOf(origin: string): "string" | "number" | "other" {
  return origin === "string" ? "string" : origin === "number" ? "number" : "other";
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The kind of one fault; `input` is what was parsed (zod does not keep it on the issue). */
export function toFieldIssue(issue: z.core.$ZodIssue, input: unknown): TFieldIssue {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined ? { code: "required" } : { code: "other" };
    case "too_small":
      // A required text is "at least one character": to a reader, it is simply missing.
      if (issue.origin === "string" && Number(issue.minimum) === 1) return { code: "required" };
      return { code: "too_small", origin: originOf(issue.origin), minimum: Number(issue.minimum) };
    case "too_big":
      return { code: "too_big", origin: originOf(issue.origin), maximum: Number(issue.maximum) };
    case "invalid_format":
      return { code: "format", format: issue.format };
    case "invalid_value":
      return { code: "choice" };
    default:
      return { code: "other" };
  }
}

export function formatZodError(error: ZodError, input?: unknown): TZodErrorData {
  const fieldPaths: Record<string, string[]> = {};
  const fieldIssues: Record<string, TFieldIssue[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const path = issue.path.map(String).join(".");
    (fieldPaths[path] ??= []).push(issue.message);
    (fieldIssues[path] ??= []).push(toFieldIssue(issue, input));
  }
  return { ...z.flattenError(error), fieldPaths, fieldIssues };
}
