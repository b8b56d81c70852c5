"use client";

import { useId, type FormEvent, type ReactNode } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { useT } from "~/i18n/i18n-provider";

type TTaskFormDialogProps = {
  title: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Why the save failed, in the reader's language; announced as it appears. */
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** A dialog around a task form: Enter in a field saves, the error stays beside the fields. */
export function TaskFormDialog({
  title,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: TTaskFormDialogProps) {
  const t = useT();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      busy={pending}
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} loading={pending} loadingText={pendingLabel}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {children}
      </form>
    </Dialog>
  );
}
