"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const subscribeNever = () => () => undefined;

/**
 * True in the browser after hydration. What depends on the reader's zone or clock (a due
 * date, "today", overdue) is drawn only then: the server knows neither, and a page rendered
 * twice differently would not hydrate.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

const MINUTE_MS = 60_000;

function currentMinute(): Date {
  return new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS);
}

/**
 * The current minute, moving on as the clock does: precise enough for "overdue", and stable
 * between renders, so a query built from it is not asked again on every render.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(currentMinute);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(currentMinute());
      timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS));
    };
    timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS));
    return () => clearTimeout(timer);
  }, []);
  return now;
}
