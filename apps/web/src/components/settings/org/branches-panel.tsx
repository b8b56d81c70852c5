"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import type { RouterOutputs } from "@charter/api";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { DataTable } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { FieldsDialog, type TDialogField } from "../fields-dialog";
import { LoadError } from "../load-error";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { RowActions } from "./row-actions";
import { useBranches, useRefreshOrg } from "./use-org-queries";

type TBranch = RouterOutputs["org"]["listBranches"][number];
type TOpen = { kind: "create" } | { kind: "edit" | "delete"; branch: TBranch } | null;

/** B2: branches, the geographic units each employee belongs to. */
export function BranchesPanel() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const branches = useBranches();
  const refresh = useRefreshOrg();
  const may = useMay("settings.org", ["create", "edit", "delete"]);
  const [open, setOpen] = useState<TOpen>(null);

  const done = (message: string) => async () => {
    await refresh();
    setOpen(null);
    toast(message, "success");
  };
  const create = useMutation(
    trpc.org.createBranch.mutationOptions({ onSuccess: done(t("settings.org.branches.created")) }),
  );
  const update = useMutation(
    trpc.org.updateBranch.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteBranch.mutationOptions({ onSuccess: done(t("settings.org.branches.deleted")) }),
  );

  const fields: TDialogField<"name" | "city" | "address">[] = [
    { key: "name", label: t("settings.org.name"), required: true, maxLength: 120 },
    { key: "city", label: t("settings.org.branches.city"), maxLength: 120 },
    { key: "address", label: t("settings.org.branches.address"), maxLength: 500 },
  ];

  if (branches.isError)
    return <LoadError error={branches.error} onRetry={() => void branches.refetch()} />;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">{t("settings.org.branches.intro")}</p>
        {offered(may, "create") ? (
          <Button
            onClick={() => {
              create.reset();
              setOpen({ kind: "create" });
            }}
          >
            {t("settings.org.branches.new")}
          </Button>
        ) : null}
      </div>
      <DataTable
        caption={t("settings.org.tab.branches")}
        rows={branches.data}
        loading={branches.isPending}
        rowKey={(branch) => branch.id}
        empty={t("settings.org.branches.empty")}
        columns={[
          {
            key: "name",
            header: t("settings.org.name"),
            rowHeader: true,
            cell: (branch) => branch.name,
          },
          {
            key: "city",
            header: t("settings.org.branches.city"),
            cell: (branch) => branch.city ?? t("common.none"),
          },
          {
            key: "address",
            header: t("settings.org.branches.address"),
            cell: (branch) => branch.address ?? t("common.none"),
          },
          {
            key: "employees",
            header: t("settings.org.employees"),
            className: "text-right tabular-nums",
            cell: (branch) => branch.employeeCount,
          },
          ...(offered(may, "edit") || offered(may, "delete")
            ? [
                {
                  key: "actions",
                  header: t("settings.org.actions"),
                  className: "text-right",
                  cell: (branch: TBranch) => (
                    <RowActions
                      name={branch.name}
                      onEdit={
                        offered(may, "edit")
                          ? () => {
                              update.reset();
                              setOpen({ kind: "edit", branch });
                            }
                          : undefined
                      }
                      onDelete={
                        offered(may, "delete")
                          ? () => {
                              remove.reset();
                              setOpen({ kind: "delete", branch });
                            }
                          : undefined
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />

      {open?.kind === "create" ? (
        <FieldsDialog
          title={t("settings.org.branches.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            create.mutate({
              name: values.name ?? "",
              city: values.city ?? undefined,
              address: values.address ?? undefined,
            })
          }
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
      {open?.kind === "edit" ? (
        <FieldsDialog
          title={t("settings.org.branches.editTitle", { name: open.branch.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={open.branch}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            update.mutate({
              id: open.branch.id,
              version: open.branch.version,
              name: values.name ?? "",
              city: values.city,
              address: values.address,
            })
          }
          pending={update.isPending}
          error={readError(update.error)}
        />
      ) : null}
      <ConfirmDialog
        open={open?.kind === "delete"}
        onCancel={() => setOpen(null)}
        onConfirm={() => {
          if (open?.kind === "delete")
            remove.mutate({ id: open.branch.id, version: open.branch.version });
        }}
        title={t("settings.org.branches.deleteTitle", {
          name: open?.kind === "delete" ? open.branch.name : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.org.branches.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
