import type { TTranslate } from "~/i18n/translate";

import type { TFieldIssue } from "./api-error";

/** A field's fault in the reader's language, from its kind (the API's own words are English). */
export function fieldIssueMessage(issue: TFieldIssue, t: TTranslate): string {
  switch (issue.code) {
    case "required":
      return t("errors.validation.required");
    case "choice":
      return t("errors.validation.choice");
    case "format":
      if (issue.format === "email") return t("errors.validation.email");
      if (issue.format === "url") return t("errors.validation.url");
      // A malformed id can only come from a picker: the choice is what to fix.
      if (issue.format === "uuid" || issue.format === "guid") return t("errors.validation.choice");
      return t("errors.validation.format");
    case "too_small": {
      const count = String(issue.limit);
      if (issue.origin === "string") return t("errors.validation.tooShort", { count });
      if (issue.origin === "number") return t("errors.validation.tooSmall", { count });
      return t("errors.validation.tooFew", { count });
    }
    case "too_big": {
      const count = String(issue.limit);
      if (issue.origin === "string") return t("errors.validation.tooLong", { count });
      if (issue.origin === "number") return t("errors.validation.tooLarge", { count });
      return t("errors.validation.tooMany", { count });
    }
  }
}
