"use client";

import { useState, type ReactNode } from "react";

import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import type { TColumn } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";

import { confirmError } from "./action-error";
import { RowActions } from "./row-actions";
import { offered, type TMay } from "./use-may";
import { useSettingsError, type TSettingsError } from "./use-settings-error";

/** A named record of a settings list, changed and deleted at the version read. */
export type TEditableRow = { id: string; name: string; version: number };

type TOpen<Row> = { kind: "create" } | { kind: "edit" | "delete"; row: Row } | null;

/** What the list needs of each of its mutations: their state, and a clean start. */
type TMutationState = { reset: () => void; isPending: boolean; error: unknown };

/** What a create or edit dialog is given: how to close, and the state of its save. */
export type TEditDialogState = {
  onClose: () => void;
  pending: boolean;
  error: TSettingsError | null;
};

/**
 * Which dialog of an editable list is open. It lives in the panel, before the mutations,
 * because each one's `done` reads the list again and closes the dialog only after that.
 */
export function useEditableList<Row extends TEditableRow>(refresh: () => Promise<unknown>) {
  const toast = useToast();
  const [open, setOpen] = useState<TOpen<Row>>(null);
  return {
    open,
    setOpen,
    /** For a mutation's `onSuccess`: read the list again, close the dialog, say so. */
    done: (message: string) => async () => {
      await refresh();
      setOpen(null);
      toast(message, "success");
    },
  };
}

type TEditableListProps<Row extends TEditableRow> = {
  list: ReturnType<typeof useEditableList<Row>>;
  may: TMay;
  create: TMutationState;
  update: TMutationState;
  remove: TMutationState & { mutate: (input: { id: string; version: number }) => void };
  createDialog: (dialog: TEditDialogState) => ReactNode;
  editDialog: (row: Row, dialog: TEditDialogState) => ReactNode;
  deleteTitle: (name: string) => string;
  /** What deleting loses and what stays. */
  deleteBody: string;
  /**
   * The list as the panel draws it, given what to offer: New (null where the reader may not
   * create) and each row's Edit and Delete (null where neither is offered), also as a table
   * column (none then).
   */
  children: (offers: {
    onNew: (() => void) | null;
    rowActions: ((row: Row) => ReactNode) | null;
    actionColumns: TColumn<Row>[];
  }) => ReactNode;
};

/**
 * A settings list of named records with New, and Edit and Delete on each row, as the reader's
 * rights offer them; each dialog opens with its last refusal cleared and shows the next one.
 */
export function EditableList<Row extends TEditableRow>({
  list,
  may,
  create,
  update,
  remove,
  createDialog,
  editDialog,
  deleteTitle,
  deleteBody,
  children,
}: TEditableListProps<Row>) {
  const t = useT();
  const readError = useSettingsError();
  const { open, setOpen } = list;
  const start = (mutation: TMutationState, next: TOpen<Row>) => () => {
    mutation.reset();
    setOpen(next);
  };
  const stateOf = (mutation: TMutationState): TEditDialogState => ({
    onClose: () => setOpen(null),
    pending: mutation.isPending,
    error: readError(mutation.error),
  });
  const canEdit = offered(may, "edit");
  const canDelete = offered(may, "delete");
  const rowActions =
    canEdit || canDelete
      ? (row: Row) => (
          <RowActions
            name={row.name}
            onEdit={canEdit ? start(update, { kind: "edit", row }) : undefined}
            onDelete={canDelete ? start(remove, { kind: "delete", row }) : undefined}
          />
        )
      : null;

  return (
    <>
      {children({
        onNew: offered(may, "create") ? start(create, { kind: "create" }) : null,
        rowActions,
        actionColumns: rowActions
          ? [
              {
                key: "actions",
                header: t("settings.org.actions"),
                className: "text-right",
                cell: rowActions,
              },
            ]
          : [],
      })}
      {open?.kind === "create" ? createDialog(stateOf(create)) : null}
      {open?.kind === "edit" ? editDialog(open.row, stateOf(update)) : null}
      <ConfirmDialog
        open={open?.kind === "delete"}
        onCancel={() => setOpen(null)}
        onConfirm={() => {
          if (open?.kind === "delete")
            remove.mutate({ id: open.row.id, version: open.row.version });
        }}
        title={deleteTitle(open?.kind === "delete" ? open.row.name : "")}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{deleteBody}</p>
      </ConfirmDialog>
    </>
  );
}
