"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { EmptyState } from "~/components/empty-state";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { FieldsDialog, type TDialogField } from "../fields-dialog";
import { LoadError } from "../load-error";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { RowActions } from "./row-actions";
import { useRefreshOrg, useWorkGroups } from "./use-org-queries";
import { WorkGroupMembers, type TWorkGroup } from "./work-group-members";

type TOpen = { kind: "create" } | { kind: "edit" | "delete"; group: TWorkGroup } | null;

/** B4: work groups and their members. */
export function WorkGroupsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const groups = useWorkGroups();
  const refresh = useRefreshOrg();
  const may = useMay("settings.org", ["create", "edit", "delete"]);
  const [open, setOpen] = useState<TOpen>(null);

  const done = (message: string) => async () => {
    await refresh();
    setOpen(null);
    toast(message, "success");
  };
  const create = useMutation(
    trpc.org.createWorkGroup.mutationOptions({ onSuccess: done(t("settings.org.groups.created")) }),
  );
  const update = useMutation(
    trpc.org.updateWorkGroup.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteWorkGroup.mutationOptions({ onSuccess: done(t("settings.org.groups.deleted")) }),
  );

  const fields: TDialogField<"name" | "description">[] = [
    { key: "name", label: t("settings.org.name"), required: true, maxLength: 120 },
    { key: "description", label: t("settings.org.groups.description"), maxLength: 500 },
  ];

  if (groups.isError)
    return <LoadError error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.isPending) return <LoadingBlock label={t("common.loading")} />;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-slate-600">{t("settings.org.groups.intro")}</p>
        {offered(may, "create") ? (
          <Button
            onClick={() => {
              create.reset();
              setOpen({ kind: "create" });
            }}
          >
            {t("settings.org.groups.new")}
          </Button>
        ) : null}
      </div>
      {groups.data.length === 0 ? (
        <EmptyState title={t("settings.org.groups.emptyTitle")}>
          {t("settings.org.groups.emptyBody")}
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {groups.data.map((group) => (
            <li key={group.id}>
              <section
                aria-label={group.name}
                className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="text-base font-semibold text-slate-900">{group.name}</h3>
                    {group.description ? (
                      <p className="text-sm text-slate-600">{group.description}</p>
                    ) : null}
                  </div>
                  <RowActions
                    name={group.name}
                    onEdit={
                      offered(may, "edit")
                        ? () => {
                            update.reset();
                            setOpen({ kind: "edit", group });
                          }
                        : undefined
                    }
                    onDelete={
                      offered(may, "delete")
                        ? () => {
                            remove.reset();
                            setOpen({ kind: "delete", group });
                          }
                        : undefined
                    }
                  />
                </div>
                <WorkGroupMembers group={group} canEdit={offered(may, "edit")} />
              </section>
            </li>
          ))}
        </ul>
      )}

      {open?.kind === "create" ? (
        <FieldsDialog
          title={t("settings.org.groups.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            create.mutate({ name: values.name ?? "", description: values.description ?? undefined })
          }
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
      {open?.kind === "edit" ? (
        <FieldsDialog
          title={t("settings.org.groups.editTitle", { name: open.group.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={open.group}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            update.mutate({
              id: open.group.id,
              version: open.group.version,
              name: values.name ?? "",
              description: values.description,
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
            remove.mutate({ id: open.group.id, version: open.group.version });
        }}
        title={t("settings.org.groups.deleteTitle", {
          name: open?.kind === "delete" ? open.group.name : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.org.groups.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
