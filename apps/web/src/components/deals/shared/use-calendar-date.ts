"use client";

import { useCallback } from "react";

import { formatDate } from "~/i18n/format";
import { useLocale } from "~/i18n/i18n-provider";

/**
 * A date without a time (a deal's expected close, a date column sent at UTC midnight): read
 * in UTC, so it is the same day for every reader, on the server and in the browser.
 */
export function useCalendarDate(): (value: Date) => string {
  const locale = useLocale();
  return useCallback((value: Date) => formatDate(value, locale, { timeZone: "UTC" }), [locale]);
}
