"use client";

import { useId, type FormEvent, type ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";

import { Button } from "./button";
import { Dialog } from "./dialog";

export type TFormDialogProps = {
  /** Open unless told: most such dialogs are rendered only while open. */
  open?: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  submitLabel: ReactNode;
  /** What the submit button says while the form is sent; "Saving…" unless told. */
  pendingLabel?: ReactNode;
  pending: boolean;
  /** Refuses the submit button, e.g. while there is nothing to choose from. */
  submitDisabled?: boolean;
  onSubmit: () => void;
  size?: "sm" | "md" | "lg";
  /** The spacing of the form's fields. */
  formClassName?: string;
  children: ReactNode;
};

/**
 * A dialog holding one form: Enter in a field submits, the footer's button belongs to the
 * form (so a busy or refused button stops Enter too), and Cancel and Escape wait while it is
 * sent. What to say about a failed send is the caller's, among the children.
 */
export function FormDialog({
  open = true,
  onClose,
  title,
  description,
  submitLabel,
  pendingLabel,
  pending,
  submitDisabled,
  onSubmit,
  size,
  formClassName = "space-y-4",
  children,
}: TFormDialogProps) {
  const t = useT();
  const formId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      busy={pending}
      size={size}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            form={formId}
            disabled={submitDisabled}
            loading={pending}
            loadingText={pendingLabel ?? t("common.saving")}
          >
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={handleSubmit} noValidate className={formClassName}>
        {children}
      </form>
    </Dialog>
  );
}
