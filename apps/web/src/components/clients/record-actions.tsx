"use client";

import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";

import { AssignDialog, useCanPickEmployees } from "./assign-dialog";

type TRecordDialog = "assign" | "delete" | null;

/**
 * Which of a record's dialogs is open. It lives in the card's actions, before their
 * mutations, because a hand-over closes its dialog as soon as it is saved.
 */
export function useRecordDialog() {
  return useState<TRecordDialog>(null);
}

type TMutation<TInput> = {
  mutate: (input: TInput, options?: { onSuccess?: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

type TRecordActionsProps = {
  record: { id: string; version: number; responsible: { id: string } };
  /** The record as the dialogs name it. */
  name: string;
  /** False when the card says the reader may not edit it; null when the card cannot tell. */
  canEdit: boolean | null;
  onEdit: () => void;
  dialog: ReturnType<typeof useRecordDialog>;
  assign: TMutation<{ id: string; version: number; responsibleId: string }>;
  remove: TMutation<{ id: string; version: number }>;
  /** The delete button, the confirmation's title and what deleting takes with it. */
  deleteText: { open: string; title: string; body: string };
};

/**
 * Edit, hand over and delete a client record. The API decides every action; what the card
 * can tell (editable sections) hides what is surely refused, and a refusal is explained in
 * place.
 */
export function RecordActions({
  record,
  name,
  canEdit,
  onEdit,
  dialog: [dialog, setDialog],
  assign,
  remove,
  deleteText,
}: TRecordActionsProps) {
  const t = useT();
  const toast = useToast();
  const describe = useApiError();
  const canPickEmployees = useCanPickEmployees();

  if (canEdit === false) return null;

  return (
    <>
      <Button onClick={onEdit}>{t("common.edit")}</Button>
      {canPickEmployees ? (
        <Button variant="secondary" onClick={() => setDialog("assign")}>
          {t("clients.assign.open")}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => setDialog("delete")}>
        {deleteText.open}
      </Button>

      {dialog === "assign" ? (
        <AssignDialog
          open
          onClose={() => {
            assign.reset();
            setDialog(null);
          }}
          recordName={name}
          currentResponsibleId={record.responsible.id}
          pending={assign.isPending}
          error={describe(assign.error)}
          onAssign={(employee) =>
            assign.mutate(
              { id: record.id, version: record.version, responsibleId: employee.id },
              {
                onSuccess: () =>
                  toast(t("clients.assign.done", { name: employee.name }), "success"),
              },
            )
          }
        />
      ) : null}

      <ConfirmDialog
        open={dialog === "delete"}
        onCancel={() => {
          remove.reset();
          setDialog(null);
        }}
        onConfirm={() => remove.mutate({ id: record.id, version: record.version })}
        title={deleteText.title}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={describe(remove.error)?.message}
      >
        <p>{deleteText.body}</p>
      </ConfirmDialog>
    </>
  );
}
