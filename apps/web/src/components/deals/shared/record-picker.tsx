"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { Combobox, type TComboboxOption } from "~/components/ui/combobox";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useFieldAccess } from "~/lib/use-field-access";
import { useTRPC } from "~/trpc/react";

import { useMoney } from "./use-money";

export type TRecordRef = { id: string; name: string };

type TRecordPickerProps = {
  label: ReactNode;
  hideLabel?: boolean;
  value: TRecordRef | null;
  onChange: (record: TRecordRef | null) => void;
  options: readonly TComboboxOption[];
  loading: boolean;
  /** What the reader types (and "" on first focus), for the caller's search. */
  onSearch: (text: string) => void;
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
};

/**
 * Picks one record as one types. The box shows the chosen record's name; changing the text
 * searches again, and emptying it clears the choice, so the box never shows one record while
 * the form holds another.
 */
export function RecordPicker({
  label,
  hideLabel,
  value,
  onChange,
  options,
  loading,
  onSearch,
  placeholder,
  hint,
  error,
  id,
}: TRecordPickerProps) {
  const [text, setText] = useState(value?.name ?? "");
  const [shownFor, setShownFor] = useState(value);
  if (value?.id !== shownFor?.id || value?.name !== shownFor?.name) {
    setShownFor(value);
    setText(value?.name ?? "");
  }
  return (
    // Nothing is searched until the box is used: a page with pickers asks no list up front.
    <div onFocus={() => onSearch(text === value?.name ? "" : text)}>
      <Combobox
        floating
        id={id}
        label={label}
        hideLabel={hideLabel}
        query={text}
        onQueryChange={(next) => {
          setText(next);
          onSearch(next === value?.name ? "" : next);
          if (next.trim() === "" && value) onChange(null);
        }}
        options={options}
        loading={loading}
        onSelect={(option) => {
          setText(option.label);
          onChange({ id: option.value, name: option.label });
        }}
        placeholder={placeholder}
        hint={hint}
        error={error}
      />
    </div>
  );
}

/**
 * Companies matching the typed text, for a picker; `partnersOnly` keeps partner companies.
 * `text` is null until the picker is first used: nothing is asked before.
 */
export function useCompanyOptions(text: string | null, options: { partnersOnly?: boolean } = {}) {
  const trpc = useTRPC();
  const search = useDebouncedValue(text?.trim() ?? null, 250);
  const companies = useQuery(
    trpc.companies.list.queryOptions(
      { search: search || undefined, limit: 20 },
      { enabled: search !== null, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  const items = (companies.data?.items ?? []).filter(
    (company) => !options.partnersOnly || company.isPartner === true,
  );
  return {
    options: items.map((company) => ({ value: company.id, label: company.name })),
    loading: companies.isFetching,
  };
}

/** Contacts matching the typed text (null: not used yet), those of one company when given. */
export function useContactOptions(text: string | null, companyId: string | null) {
  const trpc = useTRPC();
  const search = useDebouncedValue(text?.trim() ?? null, 250);
  // A contact's company hidden from the reader by a role's rule is no filter they may use.
  const byCompany = useFieldAccess("contact").isHidden("companyId") ? null : companyId;
  const contacts = useQuery(
    trpc.contacts.list.queryOptions(
      { search: search || undefined, companyId: byCompany ?? undefined, limit: 20 },
      { enabled: search !== null, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  return {
    options: (contacts.data?.items ?? []).map((contact) => ({
      value: contact.id,
      label: [contact.firstName, contact.lastName].filter(Boolean).join(" "),
      detail: contact.position ?? contact.email ?? undefined,
    })),
    loading: contacts.isFetching,
  };
}

/** A product of the catalogue as a product line needs it: its list price to preview totals. */
export type TProductChoice = {
  id: string;
  name: string;
  sku: string;
  listPrice: { amount: string; currency: string };
};

/** Active catalogue products matching the typed text (null: not used yet), with list prices. */
export function useProductOptions(text: string | null) {
  const trpc = useTRPC();
  const money = useMoney();
  const search = useDebouncedValue(text?.trim() ?? null, 250);
  const products = useQuery(
    trpc.products.list.queryOptions(
      { search: search || undefined, limit: 20 },
      { enabled: search !== null, placeholderData: keepPreviousData, staleTime: 60_000 },
    ),
  );
  const items = products.data?.items ?? [];
  return {
    options: items.map((product) => ({
      value: product.id,
      label: product.name,
      detail: `${product.sku} · ${money(product.unitPrice, product.currency)}`,
    })),
    byId: new Map<string, TProductChoice>(
      items.map((product) => [
        product.id,
        {
          id: product.id,
          name: product.name,
          sku: product.sku,
          listPrice: { amount: product.unitPrice, currency: product.currency },
        },
      ]),
    ),
    loading: products.isFetching,
  };
}
