"use client";

import { useState, type ReactNode } from "react";

import { Combobox } from "~/components/ui/combobox";
import { useT } from "~/i18n/i18n-provider";

import type { TTaskPerson } from "./task-types";
import { useEmployeeSearch } from "./use-people";

type TPersonPickerProps = {
  label: ReactNode;
  value: TTaskPerson | null;
  onChange: (person: TTaskPerson | null) => void;
  /** People not to offer (e.g. those already taking part). */
  exclude?: readonly string[];
  /** Empty the box after a pick: for adding people to a list rather than choosing one. */
  clearOnPick?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
};

/**
 * Finds an employee as one types. Changing the text drops the choice until another is
 * picked, so the box never shows one name and sends another.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  exclude = [],
  clearOnPick = false,
  hint,
  error,
  id,
}: TPersonPickerProps) {
  const t = useT();
  const [query, setQuery] = useState(value?.name ?? "");
  const [shownFor, setShownFor] = useState(value);
  if (value?.id !== shownFor?.id) {
    setShownFor(value);
    setQuery(value?.name ?? "");
  }
  const typing = query !== (value?.name ?? "") ? query : "";
  const employees = useEmployeeSearch(typing, true);
  const options = (employees.data?.items ?? [])
    .filter((employee) => !exclude.includes(employee.id))
    .map((employee) => ({
      value: employee.id,
      label: employee.name,
      detail: [employee.position, employee.department?.name].filter(Boolean).join(" · "),
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
        if (clearOnPick) {
          setQuery("");
        } else {
          setShownFor(picked);
          setQuery(option.label);
        }
        onChange(picked);
      }}
      loading={employees.isFetching}
      placeholder={t("tasks.people.searchPlaceholder")}
      hint={employees.isError ? t("tasks.people.searchFailed") : hint}
      error={error}
    />
  );
}
