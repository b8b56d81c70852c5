import type { ReactNode, SelectHTMLAttributes } from "react";

import { cn } from "~/lib/cn";

import { CONTROL_CLASSES, controlTone, FieldShell, useFieldIds } from "./field";

export type TSelectOption = { value: string; label: string };

type TSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children"> & {
  label: ReactNode;
  hideLabel?: boolean;
  options: readonly TSelectOption[];
  /** A first, empty choice (e.g. "—"), for a value that may be left unset. */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: string;
  containerClassName?: string;
};

export function Select({
  label,
  hideLabel,
  options,
  placeholder,
  hint,
  error,
  requiredLabel,
  containerClassName,
  id,
  className,
  required,
  ...select
}: TSelectProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <FieldShell
      ids={ids}
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      required={required}
      requiredLabel={requiredLabel}
      className={containerClassName}
    >
      <select
        id={ids.control}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(CONTROL_CLASSES, controlTone(Boolean(error)), "pr-8", className)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
