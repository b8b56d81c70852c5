"use client";

import { useId, type FormEvent, type ReactNode } from "react";

import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useT } from "~/i18n/i18n-provider";

import { ActionError } from "./action-error";
import type { TSettingsError } from "./use-settings-error";

type TFormDialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  pending: boolean;
  error: TSettingsError | null;
  onSubmit: () => void;
  size?: "sm" | "md" | "lg";
  children: ReactNode;
};

/**
 * A dialog holding one small form: Enter in a field submits, the footer's button belongs to
 * the form, and why the server refused stays in the dialog above the fields.
 */
export function FormDialog({
  open,
  onClose,
  title,
  description,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  size = "md",
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
            loading={pending}
            loadingText={pendingLabel ?? t("common.saving")}
          >
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
        <ActionError error={error} />
        {children}
      </form>
    </Dialog>
  );
}
