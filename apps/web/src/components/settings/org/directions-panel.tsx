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
import { useDirections, useRefreshOrg } from "./use-org-queries";

type TDirection = RouterOutputs["org"]["listDirections"][number];
type TOpen = { kind: "create" } | { kind: "edit" | "delete"; direction: TDirection } | null;

/** B3: sales directions, the lines of business stamped on what an employee creates. */
export function DirectionsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const directions = useDirections();
  const refresh = useRefreshOrg();
  const may = useMay("settings.org", ["create", "edit", "delete"]);
  const [open, setOpen] = useState<TOpen>(null);

  const done = (message: string) => async () => {
    await refresh();
    setOpen(null);
    toast(message, "success");
  };
  const create = useMutation(
    trpc.org.createDirection.mutationOptions({
      onSuccess: done(t("settings.org.directions.created")),
    }),
  );
  const update = useMutation(
    trpc.org.updateDirection.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteDirection.mutationOptions({
      onSuccess: done(t("settings.org.directions.deleted")),
    }),
  );

  const fields: TDialogField<"code" | "name">[] = [
    {
      key: "code",
      label: t("settings.org.directions.code"),
      required: true,
      maxLength: 20,
      hint: t("settings.org.directions.codeHint"),
    },
    { key: "name", label: t("settings.org.name"), required: true, maxLength: 120 },
  ];

  if (directions.isError)
    return <LoadError error={directions.error} onRetry={() => void directions.refetch()} />;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">{t("settings.org.directions.intro")}</p>
        {offered(may, "create") ? (
          <Button
            onClick={() => {
              create.reset();
              setOpen({ kind: "create" });
            }}
          >
            {t("settings.org.directions.new")}
          </Button>
        ) : null}
      </div>
      <DataTable
        caption={t("settings.org.tab.directions")}
        rows={directions.data}
        loading={directions.isPending}
        rowKey={(direction) => direction.id}
        empty={t("settings.org.directions.empty")}
        columns={[
          {
            key: "name",
            header: t("settings.org.name"),
            rowHeader: true,
            cell: (direction) => direction.name,
          },
          {
            key: "code",
            header: t("settings.org.directions.code"),
            cell: (direction) => <code className="font-mono text-xs">{direction.code}</code>,
          },
          {
            key: "employees",
            header: t("settings.org.employees"),
            className: "text-right tabular-nums",
            cell: (direction) => direction.employeeCount,
          },
          ...(offered(may, "edit") || offered(may, "delete")
            ? [
                {
                  key: "actions",
                  header: t("settings.org.actions"),
                  className: "text-right",
                  cell: (direction: TDirection) => (
                    <RowActions
                      name={direction.name}
                      onEdit={
                        offered(may, "edit")
                          ? () => {
                              update.reset();
                              setOpen({ kind: "edit", direction });
                            }
                          : undefined
                      }
                      onDelete={
                        offered(may, "delete")
                          ? () => {
                              remove.reset();
                              setOpen({ kind: "delete", direction });
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
          title={t("settings.org.directions.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            create.mutate({
              code: values.code ?? "",
              name: values.name ?? "",
            })
          }
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
      {open?.kind === "edit" ? (
        <FieldsDialog
          title={t("settings.org.directions.editTitle", { name: open.direction.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={open.direction}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            update.mutate({
              id: open.direction.id,
              version: open.direction.version,
              code: values.code ?? "",
              name: values.name ?? "",
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
            remove.mutate({ id: open.direction.id, version: open.direction.version });
        }}
        title={t("settings.org.directions.deleteTitle", {
          name: open?.kind === "delete" ? open.direction.name : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.org.directions.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
