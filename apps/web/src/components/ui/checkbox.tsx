import type { InputHTMLAttributes, ReactNode } from "react";

import { useFieldIds } from "./field";

type TCheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "children"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/** A checkbox with its label beside it (clicking the words toggles it) and its texts below. */
export function Checkbox({ label, hint, error, id, ...input }: TCheckboxProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={ids.control}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className="size-4 rounded border-slate-300 text-indigo-600 accent-indigo-600 disabled:cursor-not-allowed"
          {...input}
        />
        <label htmlFor={ids.control} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
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
