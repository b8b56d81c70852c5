"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

import { cn } from "~/lib/cn";

export type TTabItem<V extends string> = { value: V; label: string; badge?: ReactNode };

type TTabsProps<V extends string> = {
  /** Prefix of the tab and panel ids; the panel is `${idBase}-panel-${value}`. */
  idBase: string;
  label: string;
  items: readonly TTabItem<V>[];
  value: V;
  onChange: (value: V) => void;
};

export function tabPanelId(idBase: string, value: string): string {
  return `${idBase}-panel-${value}`;
}

function tabId(idBase: string, value: string): string {
  return `${idBase}-tab-${value}`;
}

/**
 * WAI-ARIA tabs: one tab stop for the list, arrow keys (and Home/End) move between tabs and
 * select them. The caller keeps the value (in the URL, usually) and renders the panel with
 * `TabPanel`.
 */
export function Tabs<V extends string>({ idBase, label, items, value, onChange }: TTabsProps<V>) {
  const listRef = useRef<HTMLDivElement>(null);

  function moveTo(index: number) {
    const item = items[(index + items.length) % items.length];
    if (!item) return;
    onChange(item.value);
    listRef.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idBase, item.value))}`)
      ?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = items.findIndex((item) => item.value === value);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  }

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      onKeyDown={handleKeyDown}
      className="flex gap-1 border-b border-slate-200"
    >
      {items.map((item) => {
        const selected = item.value === value;
        return (
          <button
            key={item.value}
            id={tabId(idBase, item.value)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={tabPanelId(idBase, item.value)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(item.value)}
            className={cn(
              "-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium transition-colors",
              selected
                ? "border-indigo-600 text-indigo-700"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {item.label}
            {item.badge}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  idBase,
  value,
  children,
}: {
  idBase: string;
  value: string;
  children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={tabPanelId(idBase, value)}
      aria-labelledby={tabId(idBase, value)}
      className="pt-4 focus:outline-none"
    >
      {children}
    </div>
  );
}
