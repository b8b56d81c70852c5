"use client";

import { useMutation } from "@tanstack/react-query";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { EditableList, useEditableList } from "../editable-list";
import { RenameDialog } from "../rename-dialog";
import type { TMay } from "../use-may";
import { useRefreshFields, type TCardKind, type TRecordType } from "./use-fields-queries";

/** F1: the types of a record kind (e.g. a company that is a partner), each with its own card. */
export function RecordTypesPanel({
  kind,
  types,
  may,
  onCreated,
}: {
  kind: TCardKind;
  types: readonly TRecordType[];
  may: TMay;
  onCreated: (type: TRecordType) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const list = useEditableList<TRecordType>(useRefreshFields());
  const create = useMutation(
    trpc.fields.createType.mutationOptions({
      onSuccess: async (created) => {
        await list.done(t("settings.fields.typeCreated"))();
        onCreated(created);
      },
    }),
  );
  const rename = useMutation(
    trpc.fields.renameType.mutationOptions({ onSuccess: list.done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.fields.deleteType.mutationOptions({
      onSuccess: list.done(t("settings.fields.typeDeleted")),
    }),
  );

  return (
    <EditableList
      list={list}
      may={may}
      create={create}
      update={rename}
      remove={remove}
      createDialog={(dialog) => (
        <RenameDialog
          title={t("settings.fields.newTypeTitle")}
          label={t("settings.org.name")}
          initial=""
          maxLength={100}
          submitLabel={t("settings.org.create")}
          onSubmit={(name) => create.mutate({ kind, name })}
          {...dialog}
        />
      )}
      editDialog={(type, dialog) => (
        <RenameDialog
          title={t("settings.fields.renameTypeTitle", { name: type.name })}
          label={t("settings.org.name")}
          initial={type.name}
          maxLength={100}
          onSubmit={(name) => rename.mutate({ id: type.id, version: type.version, name })}
          {...dialog}
        />
      )}
      deleteTitle={(name) => t("settings.fields.deleteTypeTitle", { name })}
      deleteBody={t("settings.fields.deleteTypeBody")}
    >
      {({ onNew, rowActions }) => (
        <section
          aria-labelledby="record-types-title"
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="record-types-title" className="text-sm font-semibold text-slate-900">
              {t("settings.fields.typesTitle")}
            </h2>
            {onNew ? (
              <Button variant="secondary" size="sm" onClick={onNew}>
                {t("settings.fields.newType")}
              </Button>
            ) : null}
          </div>
          {types.length === 0 ? (
            <p className="text-sm text-slate-500">{t("settings.fields.noTypes")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {types.map((type) => (
                <li key={type.id} className="flex items-center gap-2 py-1.5 text-sm">
                  <span className="font-medium text-slate-900">{type.name}</span>
                  <span className="ml-auto">{rowActions?.(type)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </EditableList>
  );
}
