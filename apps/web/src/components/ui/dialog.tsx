"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

type TDialogProps = {
  open: boolean;
  /** Called when the reader closes it: Escape, the close button, or a Cancel in the footer. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** While true, Escape does nothing: an action is running and its answer must be seen. */
  busy?: boolean;
  /** The × button's name; "Close" in the reader's language by default. */
  closeLabel?: string;
  size?: "sm" | "md" | "lg";
  children?: ReactNode;
  footer?: ReactNode;
};

const WIDTHS = { sm: "max-w-md", md: "max-w-lg", lg: "max-w-2xl" } as const;

/**
 * A modal on the browser's own `<dialog>`: `showModal()` puts it in the top layer, makes the
 * page behind it inert (so focus stays inside) and closes it on Escape. Focus goes to the
 * element marked `data-autofocus`, else the first field, and back to the opener on close.
 * (React's `autoFocus` fires before the dialog opens, so it cannot be used inside one.)
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  busy = false,
  closeLabel,
  size = "md",
  children,
  footer,
}: TDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      focusInitial(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restoreFocus = () => {
      const target = opener.current;
      opener.current = null;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
    dialog.addEventListener("close", restoreFocus);
    return () => {
      dialog.removeEventListener("close", restoreFocus);
      // A dialog its parent simply stops rendering closes without a "close" event.
      restoreFocus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: the dialog stays open until the parent says so, so state and screen agree.
        event.preventDefault();
        if (!busy) onClose();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40",
        WIDTHS[size],
      )}
    >
      {open ? (
        <div className="flex max-h-[85vh] flex-col">
          <header className="flex items-start justify-between gap-4 border-b border-slate-100 px-6 py-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold">
                {title}
              </h2>
              {description ? (
                <p id={descriptionId} className="mt-1 text-sm text-slate-600">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              disabled={busy}
              aria-label={closeLabel ?? t("common.close")}
              className="-mr-2 rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50"
            >
              <span aria-hidden="true" className="block size-5 text-xl leading-5">
                ×
              </span>
            </button>
          </header>
          <div className="overflow-y-auto px-6 py-4">{children}</div>
          {footer ? (
            <footer className="flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50 px-6 py-3">
              {footer}
            </footer>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}

function focusInitial(dialog: HTMLDialogElement): void {
  const target =
    dialog.querySelector<HTMLElement>("[data-autofocus]") ??
    dialog.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea");
  target?.focus();
}
