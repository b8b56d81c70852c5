"use client";

import { useCallback } from "react";

import type { TErrorMessageKey } from "@charter/api/error-messages";

import { useLocale, useT } from "~/i18n/i18n-provider";
import { splitServerMessage } from "~/lib/server-message";
import { useApiError, type TShownApiError } from "~/lib/use-api-error";

export type TSettingsError = TShownApiError & {
  /**
   * The server's own sentence when it says more than our general message (which department
   * makes the cycle, which e-mail is taken): in the reader's language when the API raised it
   * from its catalogue, else English as the API wrote it (`detailInEnglish`).
   */
  detail: string | null;
  detailInEnglish: boolean;
  /** The server's words for one input key: zod's field errors, or a refusal that names the key. */
  fieldMessage: (field: string) => string | undefined;
};

// These say nothing beyond the general message the reader already gets in their language.
const GENERIC_KEYS: readonly TErrorMessageKey[] = ["session.noRight", "session.ended"];
const GENERIC = [/^You have no right to /, /^Your session has ended/];

/**
 * A failed settings call as a form shows it. A message the API raised from its catalogue is
 * said in the reader's language; any other server sentence is English, shown as it is to an
 * English reader and beside the general message, marked as English, to others.
 */
export function useSettingsError(): (error: unknown) => TSettingsError | null {
  const read = useApiError();
  const t = useT();
  const locale = useLocale();
  return useCallback(
    (error: unknown) => {
      const shown = read(error);
      if (!shown) return null;
      const server = splitServerMessage(shown.serverMessage);
      const generic = shown.appMessage
        ? GENERIC_KEYS.includes(shown.appMessage.key)
        : GENERIC.some((pattern) => pattern.test(server.text));
      const informative =
        shown.kind !== "network" &&
        shown.kind !== "unexpected" &&
        Object.keys(shown.fieldErrors).length === 0 &&
        !generic;
      // "Check the highlighted fields" only where a field can be highlighted.
      const blamesNoField =
        shown.kind === "invalid" &&
        !shown.sentence &&
        !server.field &&
        Object.keys(shown.fieldErrors).length === 0;
      const detail = !informative ? null : shown.sentence ? shown.detail : server.text || null;
      return {
        ...shown,
        message: blamesNoField ? t("settings.refused") : shown.message,
        detail,
        detailInEnglish: detail !== null && !shown.sentence,
        fieldMessage: (field) => {
          const own = shown.fieldMessage(field);
          if (own) return own;
          if (shown.appMessage || server.field !== field) return undefined;
          return locale === "en" ? server.text : t("errors.fieldInvalid");
        },
      };
    },
    [read, t, locale],
  );
}
