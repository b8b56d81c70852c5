"use client";

import { useCallback } from "react";

import { DETAIL_PARAM, type TErrorMessageKey } from "@charter/api/error-messages";

import { useLocale, useT } from "~/i18n/i18n-provider";
import { splitServerMessage } from "~/lib/server-message";
import { useApiError, type TShownApiError } from "~/lib/use-api-error";

export type TSettingsError = TShownApiError & {
  /**
   * The server's sentence when it says more than our general message (which department makes
   * the cycle, which e-mail is taken): in the reader's language when the API raised it from
   * its catalogue; for an English reader, the API's English sentence otherwise.
   */
  detail: string | null;
  /**
   * English the reader's language cannot say for them, marked as English where shown: the
   * server's explanation that a translated sentence leaves out (the departments of a cycle,
   * the engine's reason), or the whole sentence of an error the catalogue does not know.
   */
  englishDetail: string | null;
  /** The server's words for one input key: zod's field errors, or a refusal that names the key. */
  fieldMessage: (field: string) => string | undefined;
};

// These say nothing beyond the general message the reader already gets in their language.
const GENERIC_KEYS: readonly TErrorMessageKey[] = ["session.noRight", "session.ended"];
const GENERIC = [/^You have no right to /, /^Your session has ended/];

/**
 * A failed settings call as a form shows it. A message the API raised from its catalogue is
 * said in the reader's language, with the English explanation it carries beside it for a
 * reader of another language; any other server sentence is English, shown as it is to an
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
      const keyless = informative && !shown.sentence && server.text ? server.text : null;
      const explained = shown.appMessage?.params[DETAIL_PARAM];
      return {
        ...shown,
        message: blamesNoField ? t("settings.refused") : shown.message,
        detail: locale === "en" && keyless ? keyless : informative ? shown.detail : null,
        englishDetail:
          locale === "en"
            ? null
            : (keyless ?? (informative && typeof explained === "string" ? explained : null)),
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
