"use client";

import { useCallback } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";
import { splitServerMessage } from "~/lib/server-message";
import { useApiError, type TShownApiError } from "~/lib/use-api-error";

export type TSettingsError = TShownApiError & {
  /**
   * The server's own sentence when it says more than our general message (which department
   * makes the cycle, which e-mail is taken); English, as the API writes it.
   */
  detail: string | null;
  /** The server's words for one input key: zod's field errors, or a refusal that names the key. */
  fieldMessage: (field: string) => string | undefined;
};

// These say nothing beyond the general message the reader already gets in their language.
const GENERIC = [/^You have no right to /, /^Your session has ended/];

/**
 * A failed settings call as a form shows it. The API writes precise English sentences; an
 * English reader gets them as they are, others get the general message in their language and
 * the server's sentence beside it, marked as English.
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
      const informative =
        shown.kind !== "network" &&
        shown.kind !== "unexpected" &&
        Object.keys(shown.fieldErrors).length === 0 &&
        !GENERIC.some((pattern) => pattern.test(server.text));
      // "Check the highlighted fields" only where a field can be highlighted.
      const blamesNoField =
        shown.kind === "invalid" && !server.field && Object.keys(shown.fieldErrors).length === 0;
      return {
        ...shown,
        message: blamesNoField ? t("settings.refused") : shown.message,
        detail: informative && server.text ? server.text : null,
        fieldMessage: (field) => {
          const zod = shown.fieldMessage(field);
          if (zod) return zod;
          if (server.field !== field) return undefined;
          return locale === "en" ? server.text : t("errors.fieldInvalid");
        },
      };
    },
    [read, t, locale],
  );
}
