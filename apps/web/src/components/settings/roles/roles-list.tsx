"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { DataTable } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { LoadError } from "../load-error";
import { NameCell } from "../name-cell";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { describeRole } from "./role-description";
import { CloneDialog, RoleDialog } from "./role-dialogs";
import { useRefreshAccess, useRoles } from "./use-roles-queries";

/** D1, D2: the project's roles, how many hold each, and new ones from scratch or a copy. */
export function RolesList() {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshAccess();
  const roles = useRoles();
  const may = useMay("settings.roles", ["create"]);
  const [open, setOpen] = useState<"create" | "clone" | null>(null);

  const opened = async (role: { id: string; name: string }, message: string) => {
    await refresh();
    setOpen(null);
    toast(message, "success");
    router.push(`/settings/roles/${role.id}`);
  };
  const create = useMutation(
    trpc.roles.create.mutationOptions({
      onSuccess: (role) => opened(role, t("settings.roles.created", { name: role.name })),
    }),
  );
  const clone = useMutation(
    trpc.roles.clone.mutationOptions({
      onSuccess: (role) => opened(role, t("settings.roles.cloned", { name: role.name })),
    }),
  );

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        title={t("settings.area.roles")}
        intro={t("settings.roles.intro")}
        actions={
          offered(may, "create") ? (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  clone.reset();
                  setOpen("clone");
                }}
              >
                {t("settings.roles.cloneAction")}
              </Button>
              <Button
                onClick={() => {
                  create.reset();
                  setOpen("create");
                }}
              >
                {t("settings.roles.new")}
              </Button>
            </>
          ) : null
        }
      />
      {roles.isError ? (
        <LoadError error={roles.error} onRetry={() => void roles.refetch()} />
      ) : (
        <DataTable
          caption={t("settings.area.roles")}
          rows={roles.data}
          loading={roles.isPending}
          rowKey={(role) => role.id}
          empty={t("settings.roles.empty")}
          columns={[
            {
              key: "name",
              header: t("settings.org.name"),
              rowHeader: true,
              cell: (role) => (
                <NameCell
                  href={`/settings/roles/${role.id}`}
                  name={role.name}
                  description={describeRole(role, t)}
                />
              ),
            },
            {
              key: "kind",
              header: t("settings.roles.kind"),
              cell: (role) => (
                <span className="flex flex-wrap gap-1.5">
                  {role.templateKey ? <Badge>{t("settings.roles.fromTemplate")}</Badge> : null}
                  {role.readOnly ? (
                    <Badge tone="warning">{t("settings.roles.readOnly")}</Badge>
                  ) : null}
                </span>
              ),
            },
            {
              key: "holders",
              header: t("settings.roles.holders"),
              className: "text-right tabular-nums",
              cell: (role) => role.holderCount,
            },
          ]}
        />
      )}
      {open === "create" ? (
        <RoleDialog
          title={t("settings.roles.new")}
          submitLabel={t("settings.org.create")}
          onClose={() => setOpen(null)}
          onSubmit={(draft) => create.mutate(draft)}
          state={{ pending: create.isPending, error: readError(create.error) }}
        />
      ) : null}
      {open === "clone" ? (
        <CloneDialog
          roles={roles.data ?? []}
          onClose={() => setOpen(null)}
          onSubmit={(input) => clone.mutate(input)}
          state={{ pending: clone.isPending, error: readError(clone.error) }}
        />
      ) : null}
    </div>
  );
}
