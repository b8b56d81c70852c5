"use client";

import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";

import { cn } from "~/lib/cn";

export type TMenuItem = {
  key: string;
  label: ReactNode;
  /** A second, quieter line (e.g. a stage's odds). */
  detail?: ReactNode;
  disabled?: boolean;
  /** Set on every item to make the menu a choice (`menuitemradio`) with this one chosen. */
  checked?: boolean;
  onSelect: () => void;
};

type TMenuButtonProps = {
  /** The button's accessible name, e.g. "Move “Pumps for Alfa” to another stage". */
  label: string;
  /** What the button shows; the label when left out. */
  children?: ReactNode;
  /** A heading inside the menu, also its accessible name. */
  menuTitle?: string;
  items: readonly TMenuItem[];
  disabled?: boolean;
  buttonClassName?: string;
  /** Extra attributes to find the button again, e.g. to give it focus after its card moved. */
  buttonProps?: Record<`data-${string}`, string>;
};

const MENU_WIDTH = 240;

/**
 * A WAI-ARIA menu button: Enter, Space or the arrows open it, the arrows, Home and End move
 * through the items, Enter or Space picks, Escape and Tab close it (focus goes back to the
 * button). The menu is fixed to the viewport under the button, so a scrolling column or
 * table around it never clips it; scrolling or resizing the page closes it.
 */
export function MenuButton({
  label,
  children,
  menuTitle,
  items,
  disabled = false,
  buttonClassName,
  buttonProps,
}: TMenuButtonProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const choice = items.some((item) => item.checked !== undefined);
  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((i) => i >= 0);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  function openAt(which: "first" | "last") {
    const rect = buttonRef.current?.getBoundingClientRect();
    if (!rect) return;
    const left = Math.max(8, Math.min(rect.right - MENU_WIDTH, window.innerWidth - MENU_WIDTH - 8));
    setPosition({ top: rect.bottom + 4, left });
    setActive((which === "first" ? enabled[0] : enabled[enabled.length - 1]) ?? 0);
    setOpen(true);
  }

  // Focus follows the active item; the menu may need moving up if it would leave the screen.
  useLayoutEffect(() => {
    if (!open) return;
    const menu = menuRef.current;
    if (!menu) return;
    const rect = menu.getBoundingClientRect();
    const button = buttonRef.current?.getBoundingClientRect();
    if (button && rect.bottom > window.innerHeight - 8 && button.top > rect.height + 8) {
      setPosition((current) =>
        current ? { ...current, top: button.top - rect.height - 4 } : current,
      );
    }
    menu.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const dismiss = (event: Event) => {
      const target = event.target as Node | null;
      if (target && (menuRef.current?.contains(target) || buttonRef.current?.contains(target)))
        return;
      close(false);
    };
    const onScroll = (event: Event) => {
      if (menuRef.current?.contains(event.target as Node)) return;
      close(false);
    };
    const onResize = () => close(false);
    document.addEventListener("pointerdown", dismiss);
    window.addEventListener("scroll", onScroll, true);
    window.addEventListener("resize", onResize);
    return () => {
      document.removeEventListener("pointerdown", dismiss);
      window.removeEventListener("scroll", onScroll, true);
      window.removeEventListener("resize", onResize);
    };
  }, [open, close]);

  function handleButtonKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? "first" : "last");
    }
  }

  function step(delta: 1 | -1) {
    const at = enabled.indexOf(active);
    const next = enabled[(at + delta + enabled.length) % enabled.length];
    if (next !== undefined) setActive(next);
  }

  function pick(item: TMenuItem) {
    if (item.disabled) return;
    close(true);
    item.onSelect();
  }

  function handleMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, () => void> = {
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      Home: () => setActive(enabled[0] ?? 0),
      End: () => setActive(enabled[enabled.length - 1] ?? 0),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      // Escape must not also close a dialog around the menu.
      event.stopPropagation();
      move();
    } else if (event.key === "Tab") {
      close(false);
    }
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={children ? label : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt("first"))}
        onKeyDown={handleButtonKey}
        className={buttonClassName}
        {...buttonProps}
      >
        {children ?? label}
      </button>
      {open && position ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={menuTitle ?? label}
          onKeyDown={handleMenuKey}
          style={{ top: position.top, left: position.left, width: MENU_WIDTH }}
          className="fixed z-40 max-h-80 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {menuTitle ? (
            <p
              aria-hidden="true"
              className="px-3 pt-1.5 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
            >
              {menuTitle}
            </p>
          ) : null}
          {items.map((item, index) => (
            <div
              key={item.key}
              role={choice ? "menuitemradio" : "menuitem"}
              aria-checked={choice ? Boolean(item.checked) : undefined}
              aria-disabled={item.disabled || undefined}
              tabIndex={-1}
              data-index={index}
              onClick={() => pick(item)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  pick(item);
                }
              }}
              onMouseEnter={() => !item.disabled && setActive(index)}
              className={cn(
                "flex cursor-pointer items-center gap-2 px-3 py-1.5 outline-none focus:bg-indigo-50 focus:text-indigo-900",
                item.disabled && "cursor-default text-slate-400 focus:bg-transparent",
              )}
            >
              {choice ? (
                <span aria-hidden="true" className="w-3 text-indigo-600">
                  {item.checked ? "✓" : ""}
                </span>
              ) : null}
              <span className="min-w-0 flex-1 truncate">{item.label}</span>
              {item.detail ? (
                <span className="shrink-0 text-xs text-slate-500">{item.detail}</span>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </>
  );
}
