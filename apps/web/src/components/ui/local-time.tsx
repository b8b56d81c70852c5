"use client";

import { useSyncExternalStore } from "react";

import { useFormatters } from "~/i18n/i18n-provider";

const subscribe = () => () => undefined;

/**
 * A moment in the reader's own time zone. The server does not know that zone, so the text
 * is written only in the browser (after hydration), never rendered twice differently.
 */
export function LocalTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  const format = useFormatters();
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <time dateTime={value.toISOString()}>
      {inBrowser ? (withTime ? format.dateTime(value) : format.date(value)) : null}
    </time>
  );
}
