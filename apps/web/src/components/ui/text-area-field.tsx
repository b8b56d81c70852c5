import type { ReactNode, TextareaHTMLAttributes } from "react";

import { cn } from "~/lib/cn";

import { CONTROL_CLASSES, controlTone, FieldShell, useFieldIds } from "./field";

type TTextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "children"> & {
  label: ReactNode;
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  requiredLabel?: string;
  containerClassName?: string;
};

/** A labelled multi-line text box with its hint and error wired, like TextField. */
export function TextAreaField({
  label,
  hideLabel,
  hint,
  error,
  requiredLabel,
  containerClassName,
  id,
  className,
  required,
  rows = 4,
  ...textarea
}: TTextAreaFieldProps) {
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
      <textarea
        id={ids.control}
        required={required}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(CONTROL_CLASSES, controlTone(Boolean(error)), className)}
        {...textarea}
      />
    </FieldShell>
  );
}
