"use client";

import {
  FormDialog as BaseFormDialog,
  type TFormDialogProps as TBaseProps,
} from "~/components/ui/form-dialog";

import { ActionError } from "./action-error";
import type { TSettingsError } from "./use-settings-error";

type TFormDialogProps = Omit<TBaseProps, "open" | "submitLabel" | "pendingLabel"> & {
  open: boolean;
  submitLabel: string;
  pendingLabel?: string;
  error: TSettingsError | null;
};

/** A settings form in a dialog: why the server refused stays in the dialog above the fields. */
export function FormDialog({ error, children, ...dialog }: TFormDialogProps) {
  return (
    <BaseFormDialog {...dialog}>
      <ActionError error={error} />
      {children}
    </BaseFormDialog>
  );
}
