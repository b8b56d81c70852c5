"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { Combobox } from "~/components/ui/combobox";
import { useT } from "~/i18n/i18n-provider";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

export type TPickedEmployee = { id: string; name: string };

type TEmployeePickerProps = {
  label: ReactNode;
  value: TPickedEmployee | null;
  onChange: (employee: TPickedEmployee | null) => void;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
};

/**
 * Finds an employee by name or e-mail as one types (the API searches). Changing the text
 * drops the choice until another is picked, so the box never shows one name and sends another.
 */
export function EmployeePicker({ label, value, onChange, hint, error, id }: TEmployeePickerProps) {
  const t = useT();
  const trpc = useTRPC();
  const [query, setQuery] = useState(value?.name ?? "");
  const [shownFor, setShownFor] = useState(value);
  const search = useDebouncedValue(query.trim(), 250);
  // Following a choice made elsewhere (a URL, a reset): show its name.
  if (value?.id !== shownFor?.id) {
    setShownFor(value);
    setQuery(value?.name ?? "");
  }
  const typing = search !== (value?.name ?? "") ? search : "";
  const employees = useQuery(
    trpc.employees.list.queryOptions(
      { search: typing || undefined, limit: 20 },
      { placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  const options = (employees.data?.items ?? []).map((employee) => ({
    value: employee.id,
    label: employee.name,
    detail: [employee.position, employee.email].filter(Boolean).join(" · "),
  }));

  return (
    <Combobox
      id={id}
      label={label}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        if (value && next !== value.name) {
          setShownFor(null);
          onChange(null);
        }
      }}
      options={options}
      onSelect={(option) => {
        const picked = { id: option.value, name: option.label };
        setShownFor(picked);
        setQuery(option.label);
        onChange(picked);
      }}
      loading={employees.isFetching}
      placeholder={t("settings.employeePicker.placeholder")}
      hint={employees.isError ? t("settings.employeePicker.unavailable") : hint}
      error={error}
    />
  );
}
