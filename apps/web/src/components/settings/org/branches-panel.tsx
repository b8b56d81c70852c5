"use client";

import { useMutation } from "@tanstack/react-query";

import type { RouterOutputs } from "@charter/api";

import { DataTable } from "~/components/ui/data-table";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { EditableList, useEditableList } from "../editable-list";
import { FieldsDialog, type TDialogField } from "../fields-dialog";
import { LoadError } from "../load-error";
import { useMay } from "../use-may";
import { PanelIntro } from "./panel-intro";
import { useBranches, useRefreshOrg } from "./use-org-queries";

type TBranch = RouterOutputs["org"]["listBranches"][number];

/** B2: branches, the geographic units each employee belongs to. */
export function BranchesPanel() {
  const t = useT();
  const trpc = useTRPC();
  const branches = useBranches();
  const list = useEditableList<TBranch>(useRefreshOrg());
  const may = useMay("settings.org", ["create", "edit", "delete"]);

  const create = useMutation(
    trpc.org.createBranch.mutationOptions({
      onSuccess: list.done(t("settings.org.branches.created")),
    }),
  );
  const update = useMutation(
    trpc.org.updateBranch.mutationOptions({ onSuccess: list.done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteBranch.mutationOptions({
      onSuccess: list.done(t("settings.org.branches.deleted")),
    }),
  );

  const fields: TDialogField<"name" | "city" | "address">[] = [
    { key: "name", label: t("settings.org.name"), required: true, maxLength: 120 },
    { key: "city", label: t("settings.org.branches.city"), maxLength: 120 },
    { key: "address", label: t("settings.org.branches.address"), maxLength: 500 },
  ];

  if (branches.isError)
    return <LoadError error={branches.error} onRetry={() => void branches.refetch()} />;

  return (
    <EditableList
      list={list}
      may={may}
      create={create}
      update={update}
      remove={remove}
      createDialog={(dialog) => (
        <FieldsDialog
          title={t("settings.org.branches.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onSubmit={(values) =>
            create.mutate({
              name: values.name ?? "",
              city: values.city ?? undefined,
              address: values.address ?? undefined,
            })
          }
          {...dialog}
        />
      )}
      editDialog={(branch, dialog) => (
        <FieldsDialog
          title={t("settings.org.branches.editTitle", { name: branch.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={branch}
          onSubmit={(values) =>
            update.mutate({
              id: branch.id,
              version: branch.version,
              name: values.name ?? "",
              city: values.city,
              address: values.address,
            })
          }
          {...dialog}
        />
      )}
      deleteTitle={(name) => t("settings.org.branches.deleteTitle", { name })}
      deleteBody={t("settings.org.branches.deleteBody")}
    >
      {({ onNew, actionColumns }) => (
        <div className="space-y-4">
          <PanelIntro
            text={t("settings.org.branches.intro")}
            newLabel={t("settings.org.branches.new")}
            onNew={onNew}
          />
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
              ...actionColumns,
            ]}
          />
        </div>
      )}
    </EditableList>
  );
}
