"use client";

import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";

import { EmptyState } from "~/components/empty-state";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError, confirmError } from "../action-error";
import { LoadError } from "../load-error";
import { RenameDialog } from "../rename-dialog";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { DepartmentCreateDialog, DepartmentMoveDialog } from "./department-dialogs";
import { buildDepartmentTree, type TDepartmentRow } from "./department-tree";
import { DepartmentTreeView } from "./department-tree-view";
import { useDepartments, useRefreshOrg } from "./use-org-queries";

type TOpen =
  | { kind: "create"; parentId: string | null }
  | { kind: "rename" | "move" | "delete"; department: TDepartmentRow }
  | null;

/** B1: the department tree: add, rename, move (drag and drop or "Move…"), delete when empty. */
export function DepartmentsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const departments = useDepartments();
  const refresh = useRefreshOrg();
  const may = useMay("settings.org", ["create", "edit", "delete"]);
  const [open, setOpen] = useState<TOpen>(null);
  const tree = useMemo(() => buildDepartmentTree(departments.data ?? []), [departments.data]);

  const close = () => {
    // A refusal belongs to the attempt: closing its dialog clears it.
    move.reset();
    setOpen(null);
  };
  const done = (message: string) => async () => {
    await refresh();
    setOpen(null);
    toast(message, "success");
  };
  const create = useMutation(
    trpc.org.createDepartment.mutationOptions({
      onSuccess: done(t("settings.org.departments.created")),
    }),
  );
  const rename = useMutation(
    trpc.org.renameDepartment.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
  );
  const move = useMutation(
    trpc.org.moveDepartment.mutationOptions({
      onSuccess: done(t("settings.org.departments.moved")),
    }),
  );
  const remove = useMutation(
    trpc.org.deleteDepartment.mutationOptions({
      onSuccess: done(t("settings.org.departments.deleted")),
    }),
  );

  function moveTo(id: string, parentId: string | null) {
    const department = departments.data?.find((row) => row.id === id);
    if (!department || department.parentId === parentId) return;
    move.mutate({ id, version: department.version, parentId });
  }

  if (departments.isError)
    return <LoadError error={departments.error} onRetry={() => void departments.refetch()} />;
  if (departments.isPending) return <LoadingBlock label={t("common.loading")} />;

  const rows = departments.data;
  const canEdit = offered(may, "edit");
  // A refused drag and drop is reported above the tree; a refused "Move…" inside its dialog.
  const refused = open?.kind === "move" ? null : readError(move.error);
  const dropError = refused && { ...refused, message: t("settings.org.departments.moveRefused") };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">
          {canEdit ? t("settings.org.departments.introEdit") : t("settings.org.departments.intro")}
        </p>
        {offered(may, "create") ? (
          <Button
            onClick={() => {
              create.reset();
              setOpen({ kind: "create", parentId: null });
            }}
          >
            {t("settings.org.departments.new")}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">{dropError ? <ActionError error={dropError} /> : null}</div>
      {rows.length === 0 ? (
        <EmptyState title={t("settings.org.departments.emptyTitle")}>
          {t("settings.org.departments.emptyBody")}
        </EmptyState>
      ) : (
        <DepartmentTreeView
          nodes={tree}
          label={t("settings.org.departments.treeLabel")}
          onAddChild={
            offered(may, "create")
              ? (parent) => {
                  create.reset();
                  setOpen({ kind: "create", parentId: parent.id });
                }
              : undefined
          }
          onRename={
            canEdit
              ? (department) => {
                  rename.reset();
                  setOpen({ kind: "rename", department });
                }
              : undefined
          }
          onMove={
            canEdit
              ? (department) => {
                  move.reset();
                  setOpen({ kind: "move", department });
                }
              : undefined
          }
          onDrop={canEdit ? moveTo : undefined}
          onDelete={
            offered(may, "delete")
              ? (department) => {
                  remove.reset();
                  setOpen({ kind: "delete", department });
                }
              : undefined
          }
        />
      )}

      {open?.kind === "create" ? (
        <DepartmentCreateDialog
          departments={rows}
          parentId={open.parentId}
          onClose={close}
          onSubmit={(values) => create.mutate(values)}
          state={{ pending: create.isPending, error: readError(create.error) }}
        />
      ) : null}
      {open?.kind === "rename" ? (
        <RenameDialog
          title={t("settings.org.departments.renameTitle", { name: open.department.name })}
          label={t("settings.org.name")}
          initial={open.department.name}
          maxLength={120}
          onClose={close}
          onSubmit={(name) =>
            rename.mutate({ id: open.department.id, version: open.department.version, name })
          }
          pending={rename.isPending}
          error={readError(rename.error)}
        />
      ) : null}
      {open?.kind === "move" ? (
        <DepartmentMoveDialog
          department={open.department}
          departments={rows}
          onClose={close}
          onSubmit={(parentId) =>
            move.mutate({ id: open.department.id, version: open.department.version, parentId })
          }
          state={{ pending: move.isPending, error: readError(move.error) }}
        />
      ) : null}
      <ConfirmDialog
        open={open?.kind === "delete"}
        onCancel={close}
        onConfirm={() => {
          if (open?.kind === "delete")
            remove.mutate({ id: open.department.id, version: open.department.version });
        }}
        title={t("settings.org.departments.deleteTitle", {
          name: open?.kind === "delete" ? open.department.name : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.org.departments.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
