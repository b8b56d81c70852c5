import { useId, type ReactNode } from "react";

import { cn } from "~/lib/cn";

/** The ids a labelled control and its texts share, so aria-describedby names what is shown. */
export type TFieldIds = { control: string; hint: string; error: string; describedBy?: string };

export function useFieldIds(options: {
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
}): TFieldIds {
  const generated = useId();
  const control = options.id ?? generated;
  const hint = `${control}-hint`;
  const error = `${control}-error`;
  const described = [options.error ? error : null, options.hint ? hint : null].filter(Boolean);
  return {
    control,
    hint,
    error,
    describedBy: described.length > 0 ? described.join(" ") : undefined,
  };
}

export const CONTROL_CLASSES =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-xs transition-colors placeholder:text-slate-400 focus:ring-2 focus:outline-none disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 read-only:bg-slate-50";

export function controlTone(invalid: boolean): string {
  return invalid
    ? "border-red-400 focus:border-red-500 focus:ring-red-500/30"
    : "border-slate-300 focus:border-indigo-500 focus:ring-indigo-500/30";
}

type TFieldShellProps = {
  ids: TFieldIds;
  label: ReactNode;
  /** Screen-reader-only label, for a control whose purpose the layout already shows. */
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  requiredLabel?: string;
  className?: string;
  children: ReactNode;
};

/** Label above, control, then the error (which wins the eye) and the hint below. */
export function FieldShell({
  ids,
  label,
  hideLabel,
  hint,
  error,
  required,
  requiredLabel,
  className,
  children,
}: TFieldShellProps) {
  return (
    <div className={cn("space-y-1", className)}>
      <label
        htmlFor={ids.control}
        className={cn("block text-sm font-medium text-slate-800", hideLabel && "sr-only")}
      >
        {label}
        {required ? (
          <span className="ml-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        ) : null}
        {required && requiredLabel ? <span className="sr-only"> ({requiredLabel})</span> : null}
      </label>
      {children}
      {error ? (
        <p id={ids.error} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={ids.hint} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
