"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { RESOURCES } from "@charter/core/engine";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { TabPanel, Tabs } from "~/components/ui/tabs";
import { useToast } from "~/components/ui/toast";
import { useFormatters, useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { BackLink } from "../back-link";
import { RecordFallback } from "../record-fallback";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { ConditionalGrants } from "./conditional-grants";
import { GrantMatrix, type TGrantWrites } from "./grant-matrix";
import { describeRole } from "./role-description";
import { CloneDialog, RoleDialog } from "./role-dialogs";
import { RoleHolders } from "./role-holders";
import { useRefreshAccess, useRole, useRoles } from "./use-roles-queries";

const TABS_ID = "role";
const URL_KEYS = ["tab"] as const;

/** One role: its permission matrix (D1), conditions, who holds it, and edit, clone, delete. */
export function RoleDetails({ id }: { id: string }) {
  const t = useT();
  const format = useFormatters();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshAccess();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const tab = params.tab === "holders" ? "holders" : "permissions";
  const role = useRole(id);
  const roles = useRoles();
  const may = useMay("settings.roles", ["create", "edit", "delete"]);
  const [open, setOpen] = useState<"edit" | "clone" | "delete" | null>(null);

  const update = useMutation(
    trpc.roles.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setOpen(null);
        toast(t("settings.org.saved"), "success");
      },
    }),
  );
  const clone = useMutation(
    trpc.roles.clone.mutationOptions({
      onSuccess: async (copy) => {
        await refresh();
        setOpen(null);
        toast(t("settings.roles.cloned", { name: copy.name }), "success");
        router.push(`/settings/roles/${copy.id}`);
      },
    }),
  );
  const remove = useMutation(
    trpc.roles.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(t("settings.roles.deleted"), "success");
        router.push("/settings/roles");
      },
    }),
  );
  const addGrant = useMutation(trpc.roles.addGrant.mutationOptions({ onSuccess: () => refresh() }));
  const updateGrant = useMutation(
    trpc.roles.updateGrant.mutationOptions({ onSuccess: () => refresh() }),
  );
  const removeGrant = useMutation(
    trpc.roles.removeGrant.mutationOptions({ onSuccess: () => refresh() }),
  );

  if (role.isError || role.isPending) return <RecordFallback query={role} lines={10} />;

  const data = role.data;
  const description = describeRole(data, t);
  const canEdit = offered(may, "edit");
  const writes: TGrantWrites | null = canEdit
    ? {
        add: (grant) => addGrant.mutateAsync({ roleId: data.id, ...grant }),
        update: (grant) => updateGrant.mutateAsync(grant),
        remove: (grant) => removeGrant.mutateAsync(grant),
      }
    : null;

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        back={<BackLink href="/settings/roles" label={t("settings.roles.backToList")} />}
        title={data.name}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            {description ? <span>{description}</span> : null}
            {data.templateKey ? <Badge>{t("settings.roles.fromTemplate")}</Badge> : null}
            {data.readOnly ? <Badge tone="warning">{t("settings.roles.readOnly")}</Badge> : null}
          </span>
        }
        actions={
          <>
            {canEdit ? (
              <Button
                variant="secondary"
                onClick={() => {
                  update.reset();
                  setOpen("edit");
                }}
              >
                {t("common.edit")}
              </Button>
            ) : null}
            {offered(may, "create") ? (
              <Button
                variant="secondary"
                onClick={() => {
                  clone.reset();
                  setOpen("clone");
                }}
              >
                {t("settings.roles.clone")}
              </Button>
            ) : null}
            {offered(may, "delete") ? (
              <Button
                variant="secondary"
                onClick={() => {
                  remove.reset();
                  setOpen("delete");
                }}
              >
                {t("common.delete")}
              </Button>
            ) : null}
          </>
        }
      />
      <Tabs
        idBase={TABS_ID}
        label={t("settings.roles.tabsLabel")}
        value={tab}
        onChange={(next) => setParams({ tab: next === "permissions" ? null : next })}
        items={[
          { value: "permissions", label: t("settings.roles.permissions") },
          {
            value: "holders",
            label: t("settings.roles.holders"),
            badge: <Badge>{format.number(data.holderCount)}</Badge>,
          },
        ]}
      />
      <TabPanel idBase={TABS_ID} value={tab}>
        {tab === "permissions" ? (
          <div className="space-y-6">
            <p className="max-w-3xl text-sm text-slate-600">
              {data.readOnly ? t("settings.roles.readOnlyNote") : t("settings.roles.matrixIntro")}
            </p>
            <GrantMatrix
              caption={t("settings.roles.matrixCaption", { name: data.name })}
              resources={RESOURCES}
              grants={data.grants}
              writes={writes}
            />
            <ConditionalGrants resources={RESOURCES} grants={data.grants} writes={writes} />
          </div>
        ) : (
          <RoleHolders role={data} canEdit={canEdit} />
        )}
      </TabPanel>

      {open === "edit" ? (
        <RoleDialog
          title={t("settings.roles.editTitle", { name: data.name })}
          submitLabel={t("common.save")}
          initial={{ ...data, description }}
          onClose={() => setOpen(null)}
          onSubmit={(draft) =>
            // Words left as shown are not sent, so a template's description stays the
            // template's and keeps reaching each reader in their own language.
            update.mutate({
              id: data.id,
              version: data.version,
              name: draft.name,
              readOnly: draft.readOnly,
              ...(draft.description === description ? {} : { description: draft.description }),
            })
          }
          state={{ pending: update.isPending, error: readError(update.error) }}
        />
      ) : null}
      {open === "clone" ? (
        <CloneDialog
          roles={roles.data ?? []}
          initialSource={`role:${data.id}`}
          onClose={() => setOpen(null)}
          onSubmit={(input) => clone.mutate(input)}
          state={{ pending: clone.isPending, error: readError(clone.error) }}
        />
      ) : null}
      <ConfirmDialog
        open={open === "delete"}
        onCancel={() => setOpen(null)}
        onConfirm={() => remove.mutate({ id: data.id, version: data.version })}
        title={t("settings.roles.deleteTitle", { name: data.name })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.roles.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
