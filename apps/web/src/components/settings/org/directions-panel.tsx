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
import { useDirections, useRefreshOrg } from "./use-org-queries";

type TDirection = RouterOutputs["org"]["listDirections"][number];

/** B3: sales directions, the lines of business stamped on what an employee creates. */
export function DirectionsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const directions = useDirections();
  const list = useEditableList<TDirection>(useRefreshOrg());
  const may = useMay("settings.org", ["create", "edit", "delete"]);

  const create = useMutation(
    trpc.org.createDirection.mutationOptions({
      onSuccess: list.done(t("settings.org.directions.created")),
    }),
  );
  const update = useMutation(
    trpc.org.updateDirection.mutationOptions({ onSuccess: list.done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.org.deleteDirection.mutationOptions({
      onSuccess: list.done(t("settings.org.directions.deleted")),
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
    <EditableList
      list={list}
      may={may}
      create={create}
      update={update}
      remove={remove}
      createDialog={(dialog) => (
        <FieldsDialog
          title={t("settings.org.directions.createTitle")}
          submitLabel={t("settings.org.create")}
          fields={fields}
          onSubmit={(values) =>
            create.mutate({
              code: values.code ?? "",
              name: values.name ?? "",
            })
          }
          {...dialog}
        />
      )}
      editDialog={(direction, dialog) => (
        <FieldsDialog
          title={t("settings.org.directions.editTitle", { name: direction.name })}
          submitLabel={t("common.save")}
          fields={fields}
          initial={direction}
          onSubmit={(values) =>
            update.mutate({
              id: direction.id,
              version: direction.version,
              code: values.code ?? "",
              name: values.name ?? "",
            })
          }
          {...dialog}
        />
      )}
      deleteTitle={(name) => t("settings.org.directions.deleteTitle", { name })}
      deleteBody={t("settings.org.directions.deleteBody")}
    >
      {({ onNew, actionColumns }) => (
        <div className="space-y-4">
          <PanelIntro
            text={t("settings.org.directions.intro")}
            newLabel={t("settings.org.directions.new")}
            onNew={onNew}
          />
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
              ...actionColumns,
            ]}
          />
        </div>
      )}
    </EditableList>
  );
}
