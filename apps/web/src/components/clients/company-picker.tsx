"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Combobox } from "~/components/ui/combobox";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

type TCompanyPickerProps = {
  label: string;
  placeholder: string;
  onPick: (company: { id: string; name: string }) => void;
  /** The text the box starts with, e.g. the company picked so far. */
  initialQuery?: string;
  hideLabel?: boolean;
  error?: string;
};

/** Finds a company the reader may see by name, e-mail or registration number. */
export function CompanyPicker({
  label,
  placeholder,
  onPick,
  initialQuery = "",
  hideLabel,
  error,
}: TCompanyPickerProps) {
  const trpc = useTRPC();
  const [query, setQuery] = useState(initialQuery);
  const search = useDebouncedValue(query.trim());
  const companies = useQuery({
    ...trpc.companies.list.queryOptions({ search: search || undefined, limit: 15 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Combobox
      label={label}
      hideLabel={hideLabel}
      placeholder={placeholder}
      query={query}
      onQueryChange={setQuery}
      loading={companies.isFetching}
      error={error}
      options={(companies.data?.items ?? []).map((company) => ({
        value: company.id,
        label: company.name,
        detail: company.city ?? undefined,
      }))}
      onSelect={(option) => {
        setQuery(option.label);
        onPick({ id: option.value, name: option.label });
      }}
    />
  );
}
