"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";

import { CONTROL_CLASSES, controlTone } from "~/components/ui/field";
import { SearchIcon } from "~/components/ui/search-icon";
import { Spinner } from "~/components/ui/spinner";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";
import { useApiError } from "~/lib/use-api-error";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

import {
  MAX_QUERY_LENGTH,
  MIN_QUERY_LENGTH,
  searchStatus,
  stepActive,
  toSearchGroups,
  type TSearchOption,
} from "./search-results";
import { SearchResultsList } from "./search-results-list";
import { useSlashShortcut } from "./use-slash-shortcut";

const PER_KIND = 5;

/**
 * The header's search box over companies, contacts and deals (an ARIA 1.2 combobox whose
 * listbox groups the results by kind): it asks once typing pauses, the arrows move through
 * the results, Enter opens one, Escape closes the list (and then clears the box), and `/`
 * anywhere outside a text field puts the cursor in it. The server answers only what the
 * reader may view; a kind they may not view at all simply never shows.
 */
export function GlobalSearch({ className }: { className?: string }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const readError = useApiError();
  const ids = { input: useId(), list: useId(), hint: useId(), label: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useSlashShortcut(inputRef);

  const typed = query.trim();
  const settled = useDebouncedValue(typed);
  const search = useQuery({
    ...trpc.search.global.queryOptions({ query: settled, limitPerKind: PER_KIND }),
    enabled: settled.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
  const words = useMemo(
    () => ({
      registrationNumber: t("clients.company.registrationNumber"),
      seeAll: {
        companies: t("search.seeAll.companies"),
        contacts: t("search.seeAll.contacts"),
        deals: t("search.seeAll.deals"),
      },
    }),
    [t],
  );
  const groups = useMemo(
    () =>
      search.data && typed.length >= MIN_QUERY_LENGTH
        ? toSearchGroups(search.data, settled, words)
        : [],
    [search.data, typed, settled, words],
  );
  const options = groups.flatMap((group) => group.options);
  const status = searchStatus({
    typed,
    settled,
    fetching: search.isFetching,
    failed: search.isError,
    groupCount: groups.length,
  });
  const expanded = open && status !== "idle";
  const activeIndex = expanded && options.length > 0 ? Math.min(active, options.length - 1) : -1;
  const optionId = (option: TSearchOption) => `${ids.list}-${option.key}`;
  const activeOption = activeIndex >= 0 ? options[activeIndex] : undefined;
  const activeId = activeOption ? optionId(activeOption) : undefined;

  // The active result stays in sight when the arrows move past the list's edge.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function openOption(option: TSearchOption) {
    setOpen(false);
    setQuery("");
    inputRef.current?.blur();
    router.push(option.href);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(stepActive(activeIndex, options.length, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && activeOption) {
      event.preventDefault();
      openOption(activeOption);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery("");
    }
  }

  const statusText = {
    idle: "",
    tooShort: t("search.tooShort"),
    loading: t("search.loading"),
    error: readError(search.error)?.message ?? "",
    empty: t("search.empty", { query: settled }),
    results: "",
  }[status];
  const pending =
    status === "loading" || (status === "results" && (search.isFetching || typed !== settled));

  return (
    <div role="search" aria-labelledby={ids.label} className={cn("relative", className)}>
      <label id={ids.label} htmlFor={ids.input} className="sr-only">
        {t("search.label")}
      </label>
      <span id={ids.hint} className="sr-only">
        {t("search.shortcut")}
      </span>
      <div className="relative">
        <SearchIcon />
        <input
          ref={inputRef}
          id={ids.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-activedescendant={activeId}
          aria-describedby={ids.hint}
          aria-keyshortcuts="/"
          placeholder={t("search.placeholder")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
          className={cn(CONTROL_CLASSES, controlTone(false), "peer pr-9 pl-9")}
        />
        {pending ? (
          <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-slate-400">
            <Spinner />
          </span>
        ) : query === "" ? (
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-400 peer-focus:hidden"
          >
            /
          </kbd>
        ) : null}
      </div>
      {/* Announced as it changes, whether or not the list is open. */}
      <p role="status" className="sr-only">
        {expanded ? statusText || (status === "results" ? t("search.found") : "") : ""}
      </p>
      <div
        hidden={!expanded}
        // Clicking inside the list must not blur the box (which closes the list) first.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute right-0 left-0 z-30 mt-1 max-h-[min(28rem,70vh)] overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg lg:min-w-96"
      >
        {statusText ? (
          <p
            aria-hidden="true"
            className={cn(
              "flex items-center gap-2 px-3 py-2",
              status === "error" ? "text-red-700" : "text-slate-600",
            )}
          >
            {status === "loading" ? <Spinner /> : null}
            {statusText}
          </p>
        ) : null}
        <SearchResultsList
          id={ids.list}
          label={t("search.results")}
          groups={groups}
          activeKey={activeOption?.key}
          optionId={optionId}
          onHover={(option) => setActive(options.indexOf(option))}
          onPick={openOption}
        />
      </div>
    </div>
  );
}
