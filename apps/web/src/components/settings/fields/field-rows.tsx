"use client";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

import { FIELD_TYPE_LABELS } from "./field-labels";
import type { TField } from "./use-fields-queries";

type TFieldRowsProps = {
  fields: readonly TField[];
  onMove?: (index: number, delta: -1 | 1) => void;
  onEdit?: (field: TField) => void;
  onDelete?: (field: TField) => void;
  busy: boolean;
};

/** A section's fields in card order, each with its fixed type and the actions the reader may take. */
export function FieldRows({ fields, onMove, onEdit, onDelete, busy }: TFieldRowsProps) {
  const t = useT();
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
      {fields.map((field, index) => (
        <li
          key={field.id}
          data-testid="field-row"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm"
        >
          <span className="font-medium text-slate-900">{field.label}</span>
          <code className="font-mono text-xs text-slate-500">{field.key}</code>
          <Badge tone="info">{t(FIELD_TYPE_LABELS[field.type])}</Badge>
          {field.required ? (
            <Badge tone="warning">{t("settings.fields.requiredBadge")}</Badge>
          ) : null}
          {field.options ? (
            <span className="text-xs text-slate-500">{field.options.join(" · ")}</span>
          ) : null}
          <span className="ml-auto flex gap-1">
            {onMove ? (
              <>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={busy || index === 0}
                  aria-label={t("settings.fields.moveUp", { name: field.label })}
                  onClick={() => onMove(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={busy || index === fields.length - 1}
                  aria-label={t("settings.fields.moveDown", { name: field.label })}
                  onClick={() => onMove(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
              </>
            ) : null}
            {onEdit ? (
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("settings.org.editNamed", { name: field.label })}
                onClick={() => onEdit(field)}
              >
                {t("common.edit")}
              </Button>
            ) : null}
            {onDelete ? (
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("settings.org.deleteNamed", { name: field.label })}
                onClick={() => onDelete(field)}
              >
                {t("common.delete")}
              </Button>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
