"use client";

import type { ReactNode } from "react";

import { Alert } from "~/components/ui/alert";
import { FormDialog } from "~/components/ui/form-dialog";

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
export function TaskFormDialog({ error, children, ...dialog }: TTaskFormDialogProps) {
  return (
    <FormDialog size="lg" {...dialog}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {children}
    </FormDialog>
  );
}
