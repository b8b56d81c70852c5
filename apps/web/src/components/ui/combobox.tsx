"use client";

import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { CONTROL_CLASSES, controlTone, FieldShell, useFieldIds } from "./field";
import { Spinner } from "./spinner";

export type TComboboxOption = { value: string; label: string; detail?: string };

type TComboboxProps = {
  label: ReactNode;
  hideLabel?: boolean;
  /** What the reader has typed; the caller searches with it (debounced) and passes options. */
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly TComboboxOption[];
  onSelect: (option: TComboboxOption) => void;
  loading?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  /**
   * Draw the suggestions fixed to the viewport under the box, above everything: for a box
   * inside a scrolling container (a dialog's body) that would otherwise cut the list off.
   */
  floating?: boolean;
};

function placeUnder(anchor: HTMLElement | null): CSSProperties | undefined {
  const rect = anchor?.getBoundingClientRect();
  return rect
    ? { position: "fixed", top: rect.bottom + 4, left: rect.left, width: rect.width }
    : undefined;
}

/**
 * A text box that suggests records as one types (ARIA 1.2 combobox with a listbox popup):
 * arrows move through the suggestions, Enter picks, Escape closes. The search itself is the
 * caller's, so the same box serves companies, employees or anything the API can search.
 */
export function Combobox({
  label,
  hideLabel,
  query,
  onQueryChange,
  options,
  onSelect,
  loading = false,
  placeholder,
  hint,
  error,
  id,
  floating = false,
}: TComboboxProps) {
  const t = useT();
  const ids = useFieldIds({ id, hint, error });
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const [floatingStyle, setFloatingStyle] = useState<CSSProperties | undefined>(undefined);

  function openList() {
    setOpen(true);
    if (floating) setFloatingStyle(placeUnder(inputRef.current));
  }

  // A floating list follows its box while the page or the dialog scrolls.
  useEffect(() => {
    if (!floating || !open) return;
    const follow = () => setFloatingStyle(placeUnder(inputRef.current));
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
    };
  }, [floating, open]);
  const activeOption = open ? options[active] : undefined;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(option: TComboboxOption) {
    onSelect(option);
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        openList();
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) =>
        options.length === 0 ? 0 : (current + step + options.length) % options.length,
      );
    } else if (event.key === "Enter" && activeOption) {
      event.preventDefault();
      pick(activeOption);
    } else if (event.key === "Escape" && open) {
      // Closing the list must not close a dialog around it as well.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <FieldShell ids={ids} label={label} hideLabel={hideLabel} hint={hint} error={error}>
      <div className="relative">
        <input
          ref={inputRef}
          id={ids.control}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            openList();
            setActive(0);
          }}
          onFocus={openList}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
          className={cn(CONTROL_CLASSES, controlTone(Boolean(error)), "pr-8")}
        />
        {loading ? (
          <span className="absolute top-1/2 right-2.5 -translate-y-1/2 text-slate-400">
            <Spinner />
          </span>
        ) : null}
        <ul
          id={listId}
          role="listbox"
          hidden={!open}
          style={floating ? floatingStyle : undefined}
          className={cn(
            "absolute z-20 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg",
            floating ? "z-50" : "mt-1",
          )}
        >
          {options.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Picking on mousedown keeps the input's blur from closing the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
              className={cn(
                "cursor-pointer px-3 py-2",
                index === active ? "bg-indigo-50 text-indigo-900" : "text-slate-800",
              )}
            >
              <span className="block">{option.label}</span>
              {option.detail ? (
                <span className="block text-xs text-slate-500">{option.detail}</span>
              ) : null}
            </li>
          ))}
          {options.length === 0 && !loading ? (
            <li role="presentation" className="px-3 py-2 text-slate-500">
              {t("common.comboboxEmpty")}
            </li>
          ) : null}
        </ul>
      </div>
    </FieldShell>
  );
}
