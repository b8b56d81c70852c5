"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { mergeUrlParams, readUrlParams, type TUrlParams } from "./url-params";

type TSetUrlParams<K extends string> = (
  patch: Partial<Record<K, string | null>>,
  options?: { history?: "push" | "replace" },
) => void;

/**
 * A list's search, filters and cursor kept in the query string, so a list is shareable and
 * back/forward walk through what the reader did. Changes a reader means as a step (a tab, a
 * filter) push a history entry; typing in a search box should `replace`, or every keystroke
 * would be a step. Needs a `<Suspense>` above it (Next.js reads the query string on the client).
 */
export function useUrlParams<K extends string>(
  keys: readonly K[],
): [TUrlParams<K>, TSetUrlParams<K>] {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const keyList = keys.join(",");

  const params = useMemo(
    () => readUrlParams(new URLSearchParams(search.toString()), keyList.split(",") as K[]),
    [search, keyList],
  );

  const setParams = useCallback<TSetUrlParams<K>>(
    (patch, options) => {
      // The live query string, not the render's: two quick changes must not undo each other.
      const query = mergeUrlParams(new URLSearchParams(window.location.search), patch);
      const href = query ? `${pathname}?${query}` : pathname;
      if (options?.history === "replace") router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [router, pathname],
  );

  return [params, setParams];
}
