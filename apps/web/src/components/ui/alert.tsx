import type { ReactNode } from "react";

import { cn } from "~/lib/cn";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-indigo-200 bg-indigo-50 text-indigo-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
} as const;

type TAlertProps = {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links to act on it, e.g. "Reload". */
  actions?: ReactNode;
  className?: string;
};

/**
 * An inline message about the content around it. Errors are `role="alert"` (announced at
 * once, as they appear after an action); the others are a polite status.
 */
export function Alert({ tone = "error", title, children, actions, className }: TAlertProps) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-lg border px-4 py-3 text-sm", TONES[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
