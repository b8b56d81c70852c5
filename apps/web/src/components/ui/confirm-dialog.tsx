"use client";

import type { ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";

import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

type TConfirmDialogProps = {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  title: ReactNode;
  /** What will happen, in plain words: what is lost and what stays. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending?: boolean;
  /** Why the action failed, shown in the dialog so the reader can retry or cancel. */
  error?: ReactNode;
  tone?: "danger" | "primary";
};

/**
 * Asks before a destructive action. Focus starts on Cancel, so Enter never destroys by
 * accident; the action's error stays inside the dialog.
 */
export function ConfirmDialog({
  open,
  onCancel,
  onConfirm,
  title,
  children,
  confirmLabel,
  pendingLabel,
  pending = false,
  error,
  tone = "danger",
}: TConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      busy={pending}
      size="sm"
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending} data-autofocus>
            {t("common.cancel")}
          </Button>
          <Button variant={tone} onClick={onConfirm} loading={pending} loadingText={pendingLabel}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm text-slate-700">
        {children}
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
    </Dialog>
  );
}
