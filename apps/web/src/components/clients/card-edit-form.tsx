"use client";

import { useState, type ReactNode } from "react";

import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";

import type { TBuiltInField, TBuiltInPatch } from "./built-in-fields";
import { BuiltInInputs } from "./built-in-inputs";
import { CardFormFrame } from "./card-form-frame";
import type { TCustomSection } from "./card-types";
import type { TCardEditing } from "./client-card";
import { CustomSectionsForm } from "./custom-sections-form";
import { hasChanges, isEmpty, useCardForm, type TCardChanges } from "./use-card-form";

/** What a save sends besides the record's id and version: only what changed. */
export type TCardSave = {
  fields: TBuiltInPatch | undefined;
  customValues: TCardChanges["customValues"] | undefined;
};

type TCardEditFormProps<K extends string> = TCardEditing & {
  record: Partial<Record<K, unknown>> & { customSections: readonly TCustomSection[] };
  fields: readonly TBuiltInField<K>[];
  /** Fields the reader may read but not change (`session.me`'s read-only fields). */
  readOnly?: readonly string[];
  save: { isPending: boolean; error: unknown };
  onSave: (changes: TCardSave) => void;
  /** Changes made in `extraInputs`, sent with the record's own fields. */
  extraChanges?: TBuiltInPatch;
  /** Inputs below the record's own fields (a contact's company). */
  extraInputs?: ReactNode;
};

/** Edits a client record at the version it was read; a stale version is refused and offered again. */
export function CardEditForm<K extends string>({
  record,
  fields,
  readOnly,
  save,
  onSave,
  extraChanges,
  extraInputs,
  onDone,
  onReload,
  reloaded,
}: TCardEditFormProps<K>) {
  const t = useT();
  const describe = useApiError();
  const form = useCardForm({ record, fields, sections: record.customSections });
  const [unchanged, setUnchanged] = useState(false);
  const error = describe(save.error);

  function handleSubmit() {
    const changes = form.collect();
    if (!changes) return;
    const patch = { ...changes.fields, ...extraChanges };
    const changed = hasChanges({ fields: patch, customValues: changes.customValues });
    setUnchanged(!changed);
    if (!changed) return;
    onSave({
      // Keys follow the API's own fields; the API checks every value again.
      fields: isEmpty(patch) ? undefined : patch,
      customValues: isEmpty(changes.customValues) ? undefined : changes.customValues,
    });
  }

  const builtIns = (
    <BuiltInInputs
      fields={fields}
      values={form.builtIns}
      onChange={form.setBuiltIn}
      errorOf={(key) => form.builtInError(key, error?.fieldMessage(key))}
      disabled={save.isPending}
      readOnly={readOnly}
    />
  );

  return (
    <CardFormFrame
      formRef={form.formRef}
      onSubmit={handleSubmit}
      onCancel={onDone}
      onReload={onReload}
      reloaded={reloaded}
      error={error}
      pending={save.isPending}
      unchanged={unchanged}
    >
      <Panel title={t("clients.card.details")}>
        {extraInputs ? (
          <div className="space-y-4">
            {builtIns}
            {extraInputs}
          </div>
        ) : (
          builtIns
        )}
      </Panel>
      <CustomSectionsForm
        sections={record.customSections}
        values={form.custom}
        onChange={form.setCustomValue}
        errorOf={form.customError}
        disabled={save.isPending}
      />
    </CardFormFrame>
  );
}
