"use client";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

/** Edit and Delete on a table row, each naming the row for screen readers. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const t = useT();
  return (
    <span className="flex justify-end gap-1">
      {onEdit ? (
        <Button
          variant="ghost"
          size="sm"
          aria-label={t("settings.org.editNamed", { name })}
          onClick={onEdit}
        >
          {t("common.edit")}
        </Button>
      ) : null}
      {onDelete ? (
        <Button
          variant="ghost"
          size="sm"
          aria-label={t("settings.org.deleteNamed", { name })}
          onClick={onDelete}
        >
          {t("common.delete")}
        </Button>
      ) : null}
    </span>
  );
}
