"use client";

import { useCallback } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";

import { showApiError, type TShownApiError } from "./show-api-error";

export type { TShownApiError } from "./show-api-error";

/** `showApiError` in the reader's language, for a component: null while there is no error. */
export function useApiError(): (error: unknown) => TShownApiError | null {
  const t = useT();
  const locale = useLocale();
  return useCallback(
    (error: unknown) => (error ? showApiError(error, t, locale) : null),
    [t, locale],
  );
}
