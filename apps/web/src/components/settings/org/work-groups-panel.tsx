"use client";

import { useMutation } from "@tanstack/react-query";

import { EmptyState } from "~/components/empty-state";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { EditableList, useEditableList } from "../editable-list";
import { FieldsDialog, type TDialogField } from "../fields-dialog";
import { LoadError } from "../load-error";
import { offered, useMay } from "../use-may";
import { PanelIntro } from "./panel-intro";
import { useRefreshOrg, useWorkGroups } from "./use-org-queries";
import { WorkGroupMembers, type TWorkGroup } from "./work-group-members";

/** B4: work groups and their members. */
export function WorkGroupsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const groups = useWorkGroups();
  const list = useEditableList<TWorkGroup>(useRefreshOrg());
  const may = useMay("settings.org", ["create", "edit", "delete"]);

  const create = useMutation(
    trpc.org.createWorkGroup.mutationOptions({
      onSuccess: list.done(t("settings.org.groups.created")),
    }),
  );
  const update = useMutation(
    trpc.org.updateWorkGroup.mutationOptions({ onSuccess: list.done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteWorkGroup.mutationOptions({
      onSuccess: list.done(t("settings.org.groups.deleted")),
    }),
  );

  const fields: TDialogField<"name" | "description">[] = [
    { key: "name", label: t("settings.org.name"), required: true, maxLength: 120 },
    { key: "description", label: t("settings.org.groups.description"), maxLength: 500 },
  ];

  if (groups.isError)
    return <LoadError error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.isPending) return <LoadingBlock label={t("common.loading")} />;

  return (
    <EditableList
      list={list}
      may={may}
      create={create}
      update={update}
      remove={remove}
      createDialog={(dialog) => (
        <FieldsDialog
          title={t("settings.org.groups.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onSubmit={(values) =>
            create.mutate({ name: values.name ?? "", description: values.description ?? undefined })
          }
          {...dialog}
        />
      )}
      editDialog={(group, dialog) => (
        <FieldsDialog
          title={t("settings.org.groups.editTitle", { name: group.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={group}
          onSubmit={(values) =>
            update.mutate({
              id: group.id,
              version: group.version,
              name: values.name ?? "",
              description: values.description,
            })
          }
          {...dialog}
        />
      )}
      deleteTitle={(name) => t("settings.org.groups.deleteTitle", { name })}
      deleteBody={t("settings.org.groups.deleteBody")}
    >
      {({ onNew, rowActions }) => (
        <div className="space-y-4">
          <PanelIntro
            text={t("settings.org.groups.intro")}
            newLabel={t("settings.org.groups.new")}
            onNew={onNew}
          />
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
                      {rowActions?.(group)}
                    </div>
                    <WorkGroupMembers group={group} canEdit={offered(may, "edit")} />
                  </section>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </EditableList>
  );
}
