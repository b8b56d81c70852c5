"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Combobox } from "~/components/ui/combobox";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

const SUGGESTIONS = 20;

/**
 * The employee whose figures to show, found as one types in the employee list. Someone who
 * may not read that list gets no such filter. A chosen employee shows as a chip to remove.
 */
export function EmployeeFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (employeeId: string | null) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const search = useDebouncedValue(query.trim(), 250);
  const list = useQuery({
    ...trpc.employees.list.queryOptions({
      ...(search ? { search } : {}),
      limit: SUGGESTIONS,
    }),
    placeholderData: keepPreviousData,
  });
  const chosen = useQuery({
    ...trpc.employees.get.queryOptions({ id: value ?? "" }),
    enabled: Boolean(value),
  });

  if (list.isError && readApiError(list.error).kind === "forbidden") return null;

  if (value) {
    const name = chosen.data?.name ?? (chosen.isError ? t("reports.filters.unknownEmployee") : "…");
    return (
      <div className="min-w-40 flex-1 sm:max-w-64">
        <p className="mb-1 block text-sm font-medium text-slate-800">
          {t("reports.filters.employee")}
        </p>
        <span className="inline-flex max-w-full items-center gap-1 rounded-md bg-indigo-50 py-1.5 pr-1 pl-3 text-sm font-medium text-indigo-900 ring-1 ring-indigo-200 ring-inset">
          <span className="truncate">{name}</span>
          <button
            type="button"
            onClick={() => onChange(null)}
            aria-label={t("common.removeFilter", { name })}
            className="rounded p-0.5 leading-none text-indigo-700 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <span aria-hidden="true" className="block size-4 text-base leading-4">
              ×
            </span>
          </button>
        </span>
      </div>
    );
  }

  return (
    <div className="min-w-40 flex-1 sm:max-w-64">
      <Combobox
        label={t("reports.filters.employee")}
        query={query}
        onQueryChange={setQuery}
        options={(list.data?.items ?? []).map((employee) => ({
          value: employee.id,
          label: employee.name,
          ...(employee.position ? { detail: employee.position } : {}),
        }))}
        onSelect={(option) => {
          setQuery("");
          onChange(option.value);
        }}
        loading={list.isFetching}
        placeholder={t("reports.filters.employeePlaceholder")}
        error={list.isError ? t("reports.filters.listFailed") : undefined}
      />
    </div>
  );
}
