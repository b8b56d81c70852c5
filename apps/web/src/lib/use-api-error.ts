"use client";

import { useCallback } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";

import { readApiError, type TApiError } from "./api-error";
import { fieldIssueMessage } from "./field-issue-message";

export type TShownApiError = TApiError & {
  /** The general message, translated. */
  message: string;
  /** The message for one input key, or undefined when the API did not fault it. */
  fieldMessage: (field: string) => string | undefined;
};

/**
 * Turns a failed call into what a form shows: a translated general message and a message
 * beside each field the API faulted. The API's field messages are English and precise, so an
 * English reader gets them as they are; other readers get the fault's kind in their language
 * ("Use at most 60 characters."), or "Check this value." where the API names no kind.
 */
export function useApiError(): (error: unknown) => TShownApiError | null {
  const t = useT();
  const locale = useLocale();
  return useCallback(
    (error: unknown) => {
      if (!error) return null;
      const read = readApiError(error);
      return {
        ...read,
        message: t(read.messageKey),
        fieldMessage: (field) => {
          const messages = read.fieldErrors[field];
          if (!messages) return undefined;
          if (locale === "en") return messages.join(" ");
          const issue = read.fieldIssues[field];
          return issue ? fieldIssueMessage(issue, t) : t("errors.fieldInvalid");
        },
      };
    },
    [t, locale],
  );
}
