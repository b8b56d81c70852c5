import type { InputHTMLAttributes, ReactNode } from "react";

import { cn } from "~/lib/cn";

import { CONTROL_CLASSES, controlTone, FieldShell, useFieldIds } from "./field";

export type TTextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "children"> & {
  label: ReactNode;
  hideLabel?: boolean;
  hint?: ReactNode;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: ReactNode;
  requiredLabel?: string;
  containerClassName?: string;
};

/** A labelled input (text, e-mail, tel, url, number, search…) with its hint and error wired. */
export function TextField({
  label,
  hideLabel,
  hint,
  error,
  requiredLabel,
  containerClassName,
  id,
  className,
  required,
  ...input
}: TTextFieldProps) {
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
      <input
        id={ids.control}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(CONTROL_CLASSES, controlTone(Boolean(error)), className)}
        {...input}
      />
    </FieldShell>
  );
}
