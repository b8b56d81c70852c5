"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

type TToastTone = "success" | "error" | "info";
type TToast = { id: number; tone: TToastTone; message: string };
type TShowToast = (message: string, tone?: TToastTone) => void;

const ToastContext = createContext<TShowToast | null>(null);

const TONES: Record<TToastTone, string> = {
  success: "border-emerald-200 bg-white text-emerald-900",
  error: "border-red-200 bg-white text-red-800",
  info: "border-slate-200 bg-white text-slate-900",
};

const SHOWN_FOR_MS = 6000;

/**
 * Short notes after an action that leaves the page ("Company deleted"). The live regions
 * exist from the first render, so a screen reader hears what is added to them; errors go
 * to the assertive one. Errors about a form belong next to the form (Alert), not here.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const dismissLabel = t("common.dismiss");
  const [toasts, setToasts] = useState<TToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback<TShowToast>(
    (message, tone = "info") => {
      const id = nextId.current++;
      setToasts((current) => [...current, { id, tone, message }]);
      window.setTimeout(() => dismiss(id), SHOWN_FOR_MS);
    },
    [dismiss],
  );

  const polite = toasts.filter((toast) => toast.tone !== "error");
  const assertive = toasts.filter((toast) => toast.tone === "error");

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section
        aria-label={t("common.notifications")}
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
      >
        <div aria-live="polite" className="flex flex-col gap-2">
          {polite.map((toast) => (
            <ToastItem
              key={toast.id}
              toast={toast}
              dismissLabel={dismissLabel}
              onDismiss={dismiss}
            />
          ))}
        </div>
        <div aria-live="assertive" className="flex flex-col gap-2">
          {assertive.map((toast) => (
            <ToastItem
              key={toast.id}
              toast={toast}
              dismissLabel={dismissLabel}
              onDismiss={dismiss}
            />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({
  toast,
  dismissLabel,
  onDismiss,
}: {
  toast: TToast;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}) {
  return (
    <div
      className={cn(
        "pointer-events-auto flex items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg",
        TONES[toast.tone],
      )}
    >
      <p className="flex-1">{toast.message}</p>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        className="rounded px-1 text-slate-500 hover:text-slate-900"
        aria-label={dismissLabel}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function useToast(): TShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a ToastProvider above it.");
  return show;
}
