"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Combobox, type TComboboxOption } from "~/components/ui/combobox";
import { useT } from "~/i18n/i18n-provider";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";

/** The kinds of record the page can find by name; for the others, the id is pasted. */
export type TSearchableResource = "company" | "contact" | "object";

export function isSearchable(resource: string): resource is TSearchableResource {
  return resource === "company" || resource === "contact" || resource === "object";
}

/**
 * Finds a company, contact or object by name among those the reader may see (the API's own
 * lists), and hands back its id: explaining a record needs the reader to see it too.
 */
export function RecordPicker({
  resource,
  label,
  onPick,
  error,
}: {
  resource: TSearchableResource;
  label: string;
  onPick: (option: TComboboxOption) => void;
  error?: string;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const search = useDebouncedValue(query.trim(), 250) || undefined;
  const options = { placeholderData: keepPreviousData, staleTime: 30_000 };
  const input = { search, limit: 20 };
  const companies = useQuery(
    trpc.companies.list.queryOptions(input, { ...options, enabled: resource === "company" }),
  );
  const contacts = useQuery(
    trpc.contacts.list.queryOptions(input, { ...options, enabled: resource === "contact" }),
  );
  const objects = useQuery(
    trpc.objects.list.queryOptions(input, { ...options, enabled: resource === "object" }),
  );
  const found: TComboboxOption[] =
    resource === "company"
      ? (companies.data?.items ?? []).map((row) => ({
          value: row.id,
          label: row.name,
          detail: row.responsible.name,
        }))
      : resource === "contact"
        ? (contacts.data?.items ?? []).map((row) => ({
            value: row.id,
            label: `${row.firstName} ${row.lastName}`,
            detail: row.responsible.name,
          }))
        : (objects.data?.items ?? []).map((row) => ({
            value: row.id,
            label: row.name,
            detail: row.responsible.name,
          }));
  const fetching =
    resource === "company"
      ? companies.isFetching
      : resource === "contact"
        ? contacts.isFetching
        : objects.isFetching;

  return (
    <Combobox
      label={label}
      query={query}
      onQueryChange={setQuery}
      options={found}
      loading={fetching}
      placeholder={t("settings.explain.findPlaceholder")}
      onSelect={(option) => {
        setQuery(option.label);
        onPick(option);
      }}
      error={error}
    />
  );
}
