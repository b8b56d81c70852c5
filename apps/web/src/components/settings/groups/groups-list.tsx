"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { DataTable } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { LoadError } from "../load-error";
import { NameCell } from "../name-cell";
import { useRefreshAccess } from "../roles/use-roles-queries";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { GroupDialog } from "./group-dialog";
import { useGroups } from "./use-groups-queries";

/** D3: CRM groups, their managers and size; a new group starts with its manager. */
export function GroupsList() {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshAccess();
  const groups = useGroups();
  const may = useMay("settings.roles", ["create"]);
  const [creating, setCreating] = useState(false);

  const create = useMutation(
    trpc.groups.create.mutationOptions({
      onSuccess: async (group) => {
        await refresh();
        setCreating(false);
        toast(t("settings.groups.created", { name: group.name }), "success");
        router.push(`/settings/groups/${group.id}`);
      },
    }),
  );

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        title={t("settings.area.groups")}
        intro={t("settings.groups.intro")}
        actions={
          offered(may, "create") ? (
            <Button
              onClick={() => {
                create.reset();
                setCreating(true);
              }}
            >
              {t("settings.groups.new")}
            </Button>
          ) : null
        }
      />
      {groups.isError ? (
        <LoadError error={groups.error} onRetry={() => void groups.refetch()} />
      ) : (
        <DataTable
          caption={t("settings.area.groups")}
          rows={groups.data}
          loading={groups.isPending}
          rowKey={(group) => group.id}
          empty={t("settings.groups.empty")}
          columns={[
            {
              key: "name",
              header: t("settings.org.name"),
              rowHeader: true,
              cell: (group) => (
                <NameCell
                  href={`/settings/groups/${group.id}`}
                  name={group.name}
                  description={group.description}
                />
              ),
            },
            {
              key: "managers",
              header: t("settings.groups.managers"),
              cell: (group) =>
                group.managers.map((manager) => manager.name).join(", ") || t("common.none"),
            },
            {
              key: "members",
              header: t("settings.groups.members"),
              className: "text-right tabular-nums",
              cell: (group) => group.memberCount,
            },
          ]}
        />
      )}
      {creating ? (
        <GroupDialog
          title={t("settings.groups.new")}
          submitLabel={t("settings.org.create")}
          askManager
          onClose={() => setCreating(false)}
          onSubmit={(draft) =>
            create.mutate({
              name: draft.name,
              description: draft.description,
              managerIds: draft.manager ? [draft.manager.id] : [],
            })
          }
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
    </div>
  );
}
