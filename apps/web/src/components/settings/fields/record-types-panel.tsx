"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { RowActions } from "../org/row-actions";
import { RenameDialog } from "../rename-dialog";
import { offered, type TMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { useRefreshFields, type TCardKind, type TRecordType } from "./use-fields-queries";

type TOpen = { kind: "create" } | { kind: "rename" | "delete"; type: TRecordType } | null;

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
  const toast = useToast();
  const readError = useSettingsError();
  const refresh = useRefreshFields();
  const [open, setOpen] = useState<TOpen>(null);
  const done = (message: string) => async () => {
    await refresh();
    setOpen(null);
    toast(message, "success");
  };
  const create = useMutation(
    trpc.fields.createType.mutationOptions({
      onSuccess: async (created) => {
        await done(t("settings.fields.typeCreated"))();
        onCreated(created);
      },
    }),
  );
  const rename = useMutation(
    trpc.fields.renameType.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
  );
  const remove = useMutation(
    trpc.fields.deleteType.mutationOptions({ onSuccess: done(t("settings.fields.typeDeleted")) }),
  );

  return (
    <section
      aria-labelledby="record-types-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="record-types-title" className="text-sm font-semibold text-slate-900">
          {t("settings.fields.typesTitle")}
        </h2>
        {offered(may, "create") ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              create.reset();
              setOpen({ kind: "create" });
            }}
          >
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
              <span className="ml-auto">
                <RowActions
                  name={type.name}
                  onEdit={
                    offered(may, "edit")
                      ? () => {
                          rename.reset();
                          setOpen({ kind: "rename", type });
                        }
                      : undefined
                  }
                  onDelete={
                    offered(may, "delete")
                      ? () => {
                          remove.reset();
                          setOpen({ kind: "delete", type });
                        }
                      : undefined
                  }
                />
              </span>
            </li>
          ))}
        </ul>
      )}

      {open?.kind === "create" ? (
        <RenameDialog
          title={t("settings.fields.newTypeTitle")}
          label={t("settings.org.name")}
          initial=""
          maxLength={100}
          submitLabel={t("settings.org.create")}
          onClose={() => setOpen(null)}
          onSubmit={(name) => create.mutate({ kind, name })}
          pending={create.isPending}
          error={readError(create.error)}
        />
      ) : null}
      {open?.kind === "rename" ? (
        <RenameDialog
          title={t("settings.fields.renameTypeTitle", { name: open.type.name })}
          label={t("settings.org.name")}
          initial={open.type.name}
          maxLength={100}
          onClose={() => setOpen(null)}
          onSubmit={(name) => rename.mutate({ id: open.type.id, version: open.type.version, name })}
          pending={rename.isPending}
          error={readError(rename.error)}
        />
      ) : null}
      <ConfirmDialog
        open={open?.kind === "delete"}
        onCancel={() => setOpen(null)}
        onConfirm={() => {
          if (open?.kind === "delete")
            remove.mutate({ id: open.type.id, version: open.type.version });
        }}
        title={t("settings.fields.deleteTypeTitle", {
          name: open?.kind === "delete" ? open.type.name : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.fields.deleteTypeBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
