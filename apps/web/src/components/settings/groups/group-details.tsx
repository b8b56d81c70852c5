"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { RECORD_RESOURCES } from "@charter/core/engine";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { BackLink } from "../back-link";
import { ConditionalGrants } from "../roles/conditional-grants";
import { GrantMatrix, type TGrantWrites } from "../roles/grant-matrix";
import { useRefreshAccess } from "../roles/use-roles-queries";
import { RecordFallback } from "../record-fallback";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { GroupDialog } from "./group-dialog";
import { GroupMembers } from "./group-members";
import { useGroup } from "./use-groups-queries";

/** D3: one CRM group: its members and managers, and the rights on records every member gets. */
export function GroupDetails({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshAccess();
  const group = useGroup(id);
  const may = useMay("settings.roles", ["edit", "delete"]);
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);

  const update = useMutation(
    trpc.groups.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setOpen(null);
        toast(t("settings.org.saved"), "success");
      },
    }),
  );
  const remove = useMutation(
    trpc.groups.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(t("settings.groups.deleted"), "success");
        router.push("/settings/groups");
      },
    }),
  );
  const addGrant = useMutation(
    trpc.groups.addGrant.mutationOptions({ onSuccess: () => refresh() }),
  );
  const updateGrant = useMutation(
    trpc.groups.updateGrant.mutationOptions({ onSuccess: () => refresh() }),
  );
  const removeGrant = useMutation(
    trpc.groups.removeGrant.mutationOptions({ onSuccess: () => refresh() }),
  );

  if (group.isError || group.isPending) return <RecordFallback query={group} lines={10} />;

  const data = group.data;
  const canEdit = offered(may, "edit");
  const writes: TGrantWrites | null = canEdit
    ? {
        add: (grant) => addGrant.mutateAsync({ groupId: data.id, ...grant }),
        update: (grant) => updateGrant.mutateAsync(grant),
        remove: (grant) => removeGrant.mutateAsync(grant),
      }
    : null;

  return (
    <div className="space-y-6">
      <SettingsPageHeader
        back={<BackLink href="/settings/groups" label={t("settings.groups.backToList")} />}
        title={data.name}
        intro={data.description ?? undefined}
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
      <section aria-labelledby="group-members" className="space-y-3">
        <h2 id="group-members" className="text-base font-semibold text-slate-900">
          {t("settings.groups.members")}
        </h2>
        <GroupMembers group={data} canEdit={canEdit} />
      </section>
      <section aria-labelledby="group-rights" className="space-y-3">
        <h2 id="group-rights" className="text-base font-semibold text-slate-900">
          {t("settings.groups.rights")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("settings.groups.rightsIntro")}</p>
        <GrantMatrix
          caption={t("settings.roles.matrixCaption", { name: data.name })}
          resources={RECORD_RESOURCES}
          grants={data.grants}
          writes={writes}
        />
        <ConditionalGrants resources={RECORD_RESOURCES} grants={data.grants} writes={writes} />
      </section>

      {open === "edit" ? (
        <GroupDialog
          title={t("settings.groups.editTitle", { name: data.name })}
          submitLabel={t("common.save")}
          initial={data}
          askManager={false}
          onClose={() => setOpen(null)}
          onSubmit={(draft) =>
            update.mutate({
              id: data.id,
              version: data.version,
              name: draft.name,
              description: draft.description,
            })
          }
          pending={update.isPending}
          error={readError(update.error)}
        />
      ) : null}
      <ConfirmDialog
        open={open === "delete"}
        onCancel={() => setOpen(null)}
        onConfirm={() => remove.mutate({ id: data.id, version: data.version })}
        title={t("settings.groups.deleteTitle", { name: data.name })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.groups.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
