import type { TLocale } from "~/i18n/locales";
import type { TTranslate } from "~/i18n/translate";

import { readApiError, type TApiError } from "./api-error";
import { translateApiMessage } from "./api-message";
import { fieldIssueMessage } from "./field-issue-message";

export type TShownApiError = TApiError & {
  /** The general message, translated. */
  message: string;
  /** The API's own sentence in the reader's language, or null when the API named none. */
  sentence: string | null;
  /** The API's sentence when it says more than `message` (the field's fault, a refusal's object). */
  detail: string | null;
  /** The message for one input key, or undefined when the API did not fault it. */
  fieldMessage: (field: string) => string | undefined;
};

/**
 * The general message: the API's sentence, except where our words say more to the reader —
 * a refusal's rule ("Your account is read-only…"), or, for an input blamed by name, the ask to
 * check the highlighted field, beside which the sentence stands.
 */
function generalMessage(read: TApiError, sentence: string | null, t: TTranslate): string {
  if (!sentence) return t(read.messageKey);
  if (read.kind === "forbidden" && read.messageKey !== "errors.forbidden.other") {
    return t(read.messageKey);
  }
  if (read.kind === "invalid" && read.appMessage?.field) return t(read.messageKey);
  return sentence;
}

/**
 * A failed call as a form shows it: a translated general message and a message beside each
 * field the API faulted. A message the API raised itself is said from its catalogue key in
 * the reader's language; an error without one falls back to our words by kind and rule. Zod's
 * field messages are English and precise, so an English reader gets them as they are; other
 * readers get the fault's kind in their language ("Use at most 60 characters."), or "Check
 * this value." where the API names no kind.
 */
export function showApiError(error: unknown, t: TTranslate, locale: TLocale): TShownApiError {
  const read = readApiError(error);
  const sentence = read.appMessage ? translateApiMessage(read.appMessage, t, locale) : null;
  const message = generalMessage(read, sentence, t);
  return {
    ...read,
    message,
    sentence,
    detail: sentence && sentence !== message ? sentence : null,
    fieldMessage: (field) => {
      const messages = read.fieldErrors[field];
      if (!messages) return read.appMessage?.field === field ? (sentence ?? undefined) : undefined;
      if (locale === "en") return messages.join(" ");
      const issue = read.fieldIssues[field];
      return issue ? fieldIssueMessage(issue, t) : t("errors.fieldInvalid");
    },
  };
}
