"use client";

import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import type { TFilterOptions } from "./use-filter-options";

/**
 * One filter chosen from a list (department, direction, pipeline): absent when the reader
 * may not read the list, disabled while it loads, with a retry when it failed.
 */
export function ListFilter({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: TFilterOptions;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const t = useT();
  if (options.status === "hidden") return null;
  const ready = options.status === "ready";
  return (
    <div className="min-w-40 flex-1 sm:max-w-56">
      <Select
        label={label}
        value={ready ? (value ?? "") : ""}
        disabled={!ready}
        placeholder={ready ? t("reports.filters.all") : t("common.loading")}
        options={ready ? options.options : []}
        onChange={(event) => onChange(event.target.value || null)}
        error={
          options.status === "failed" ? (
            <span className="flex flex-wrap items-center gap-2">
              {t("reports.filters.listFailed")}
              <Button variant="link" size="sm" onClick={options.retry}>
                {t("common.retry")}
              </Button>
            </span>
          ) : undefined
        }
      />
    </div>
  );
}
