"use client";

import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";
import { cn } from "~/lib/cn";

import type { TSearchGroup, TSearchKind, TSearchOption } from "./search-results";

const HEADINGS = {
  companies: "search.group.companies",
  contacts: "search.group.contacts",
  deals: "search.group.deals",
} as const satisfies Record<TSearchKind, TPlainMessageKey>;

type TSearchResultsListProps = {
  id: string;
  label: string;
  groups: readonly TSearchGroup[];
  activeKey: string | undefined;
  optionId: (option: TSearchOption) => string;
  onHover: (option: TSearchOption) => void;
  onPick: (option: TSearchOption) => void;
};

/** The search box's listbox: a group per kind under its heading, then its "See all". */
export function SearchResultsList({
  id,
  label,
  groups,
  activeKey,
  optionId,
  onHover,
  onPick,
}: TSearchResultsListProps) {
  const t = useT();
  return (
    <div id={id} role="listbox" aria-label={label}>
      {groups.map((group) => {
        const headingId = `${id}-${group.kind}`;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="py-1">
            <div
              id={headingId}
              role="presentation"
              className="px-3 pt-1 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
            >
              {t(HEADINGS[group.kind])}
            </div>
            {group.options.map((option) => {
              const active = option.key === activeKey;
              return (
                <div
                  key={option.key}
                  id={optionId(option)}
                  role="option"
                  aria-selected={active}
                  onMouseEnter={() => onHover(option)}
                  onClick={() => onPick(option)}
                  className={cn(
                    "cursor-pointer px-3 py-1.5",
                    active ? "bg-indigo-50 text-indigo-900" : "text-slate-800",
                  )}
                >
                  <span
                    className={cn(
                      "block truncate",
                      option.seeAll && "text-indigo-700 underline-offset-2 hover:underline",
                    )}
                  >
                    {option.label}
                    {option.seeAll ? <span aria-hidden="true"> →</span> : null}
                  </span>
                  {option.detail ? (
                    <span className="block truncate text-xs text-slate-500">{option.detail}</span>
                  ) : null}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
