"use client";

import { useFormatters } from "~/i18n/i18n-provider";

import { useIsClient } from "./use-client-clock";

/** A moment in the reader's zone and language, written only in the browser (see useIsClient). */
export function TaskTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const format = useFormatters();
  const inBrowser = useIsClient();
  return (
    <time dateTime={value.toISOString()}>
      {inBrowser ? (withTime ? format.dateTime(value) : format.date(value)) : null}
    </time>
  );
}
