"use client";

import { useState, type ReactNode } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useT } from "~/i18n/i18n-provider";

import { ActionError, confirmError } from "../action-error";
import { RenameDialog } from "../rename-dialog";
import type { TMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { FieldDialog } from "./field-dialog";
import { FieldRows } from "./field-rows";
import { moveId } from "./reorder";
import type { TField, TSection } from "./use-fields-queries";
import { useFieldActions } from "./use-field-actions";

type TOpen =
  | { kind: "rename" | "deleteSection" | "newField" }
  | { kind: "editField" | "deleteField"; field: TField }
  | null;

type TSectionCardProps = {
  section: TSection;
  /** Shown on every type's card, when the card being edited is one type's. */
  shared: boolean;
  may: TMay;
  /** Moves the section one place on the card; absent when it cannot move that way. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  moving: boolean;
  /** The CRM-group limit editor, when the groups can be listed. */
  limitAction?: ReactNode;
};

/** F2, D8: one section of a card: its name, limits and fields, and what may be done to them. */
export function SectionCard({
  section,
  shared,
  may,
  onMoveUp,
  onMoveDown,
  moving,
  limitAction,
}: TSectionCardProps) {
  const t = useT();
  const readError = useSettingsError();
  const [open, setOpen] = useState<TOpen>(null);
  const close = () => setOpen(null);
  const actions = useFieldActions(close);
  const canEdit = may.edit !== false;
  const name = section.name;

  function openDialog(next: NonNullable<TOpen>) {
    Object.values(actions).forEach((action) => action.reset());
    setOpen(next);
  }

  return (
    <section
      aria-label={name}
      data-testid="section-card"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h3 className="text-base font-semibold text-slate-900">{name}</h3>
          <p className="flex flex-wrap gap-1.5">
            {section.isDefault ? <Badge>{t("settings.fields.defaultSection")}</Badge> : null}
            {shared ? <Badge tone="info">{t("settings.fields.sharedSection")}</Badge> : null}
            {section.limitedToGroups.length > 0 ? (
              section.limitedToGroups.map((group) => (
                <Badge key={group.id} tone="warning">
                  {t("settings.fields.limitedTo", { group: group.name })}
                </Badge>
              ))
            ) : (
              <Badge tone="success">{t("settings.fields.everyone")}</Badge>
            )}
          </p>
        </div>
        <span className="flex flex-wrap gap-1">
          {canEdit ? (
            <>
              <Button
                variant="ghost"
                size="sm"
                disabled={!onMoveUp || moving}
                aria-label={t("settings.fields.moveUp", { name })}
                onClick={onMoveUp}
              >
                <span aria-hidden="true">↑</span>
              </Button>
              <Button
                variant="ghost"
                size="sm"
                disabled={!onMoveDown || moving}
                aria-label={t("settings.fields.moveDown", { name })}
                onClick={onMoveDown}
              >
                <span aria-hidden="true">↓</span>
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("settings.org.renameNamed", { name })}
                onClick={() => openDialog({ kind: "rename" })}
              >
                {t("settings.org.rename")}
              </Button>
              {limitAction}
            </>
          ) : null}
          {/* The two default sections show no delete; the server refuses it regardless (F2). */}
          {!section.isDefault && may.delete !== false ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("settings.org.deleteNamed", { name })}
              onClick={() => openDialog({ kind: "deleteSection" })}
            >
              {t("common.delete")}
            </Button>
          ) : null}
        </span>
      </div>

      {section.fields.length === 0 ? (
        <p className="text-sm text-slate-500">{t("settings.fields.noFields")}</p>
      ) : (
        <FieldRows
          fields={section.fields}
          busy={actions.reorderFields.isPending}
          onMove={
            canEdit
              ? (index, delta) =>
                  actions.reorderFields.mutate({
                    sectionId: section.id,
                    fieldIds: moveId(
                      section.fields.map((field) => field.id),
                      index,
                      delta,
                    ),
                  })
              : undefined
          }
          onEdit={canEdit ? (field) => openDialog({ kind: "editField", field }) : undefined}
          onDelete={
            may.delete !== false ? (field) => openDialog({ kind: "deleteField", field }) : undefined
          }
        />
      )}
      <ActionError error={readError(actions.reorderFields.error)} />
      {may.create !== false ? (
        <Button variant="secondary" size="sm" onClick={() => openDialog({ kind: "newField" })}>
          {t("settings.fields.addField")}
        </Button>
      ) : null}

      {open?.kind === "rename" ? (
        <RenameDialog
          title={t("settings.fields.renameSectionTitle", { name })}
          label={t("settings.fields.sectionName")}
          initial={name}
          maxLength={100}
          onClose={close}
          onSubmit={(next) =>
            actions.renameSection.mutate({ id: section.id, version: section.version, name: next })
          }
          pending={actions.renameSection.isPending}
          error={readError(actions.renameSection.error)}
        />
      ) : null}
      {open?.kind === "newField" ? (
        <FieldDialog
          sectionName={name}
          onClose={close}
          onSubmit={(draft) => actions.createField.mutate({ sectionId: section.id, ...draft })}
          pending={actions.createField.isPending}
          error={readError(actions.createField.error)}
        />
      ) : null}
      {open?.kind === "editField" ? (
        <FieldDialog
          field={open.field}
          sectionName={name}
          onClose={close}
          onSubmit={(draft) =>
            actions.updateField.mutate({
              id: open.field.id,
              version: open.field.version,
              label: draft.label,
              required: draft.required,
              options: draft.options,
            })
          }
          pending={actions.updateField.isPending}
          error={readError(actions.updateField.error)}
        />
      ) : null}
      <ConfirmDialog
        open={open?.kind === "deleteSection"}
        onCancel={close}
        onConfirm={() => actions.deleteSection.mutate({ id: section.id, version: section.version })}
        title={t("settings.fields.deleteSectionTitle", { name })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={actions.deleteSection.isPending}
        error={confirmError(readError(actions.deleteSection.error))}
      >
        <p>{t("settings.fields.deleteSectionBody", { count: section.fields.length })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open?.kind === "deleteField"}
        onCancel={close}
        onConfirm={() => {
          if (open?.kind === "deleteField")
            actions.deleteField.mutate({ id: open.field.id, version: open.field.version });
        }}
        title={t("settings.fields.deleteFieldTitle", {
          name: open?.kind === "deleteField" ? open.field.label : "",
        })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={actions.deleteField.isPending}
        error={confirmError(readError(actions.deleteField.error))}
      >
        <p>{t("settings.fields.deleteFieldBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
