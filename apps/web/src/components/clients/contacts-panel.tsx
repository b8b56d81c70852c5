"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import type { TColumn } from "~/components/ui/data-table";
import { SearchField } from "~/components/ui/search-field";
import { useT } from "~/i18n/i18n-provider";
import { useFieldAccess } from "~/lib/use-field-access";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TContactRow } from "./card-types";
import { ClientList } from "./client-list";
import { CompanyFilter } from "./company-filter";
import { CompanyLink } from "./company-link";
import { contactName } from "./contact-name";
import { FieldValue } from "./field-value";
import { RecordLink } from "./list-states";

const PAGE_SIZE = 25;

type TContactsPanelProps = {
  search: string;
  companyId: string | null;
  cursor: string | null;
  onSearch: (search: string) => void;
  onCompany: (companyId: string | null) => void;
  onRestart: () => void;
};

/** The contacts the reader may see, last changed first, optionally of one company. */
export function ContactsPanel({
  search,
  companyId,
  cursor,
  onSearch,
  onCompany,
  onRestart,
}: TContactsPanelProps) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useFieldAccess("contact");
  // A company link hidden from the reader is neither shown nor filtered by (the API refuses).
  const byCompany = access.isHidden("companyId") ? null : companyId;
  const filters = { search: search || undefined, companyId: byCompany ?? undefined };
  const input = { ...filters, limit: PAGE_SIZE };
  const list = useCursorPages({
    queryKey: trpc.contacts.list.infiniteQueryKey(input),
    fetchPage: (after) => client.contacts.list.query({ ...input, cursor: after }),
    initialCursor: cursor,
  });
  const count = useQuery({
    ...trpc.contacts.count.queryOptions(filters),
    placeholderData: keepPreviousData,
  });

  const columns: (TColumn<TContactRow, string> & { field?: string })[] = [
    {
      key: "name",
      header: t("clients.contact.name"),
      rowHeader: true,
      cell: (row) => (
        <RecordLink href={`/clients/contacts/${row.id}`}>{contactName(row)}</RecordLink>
      ),
    },
    // Filtered to one company, the column would repeat its name on every row.
    ...(byCompany
      ? []
      : [
          {
            key: "company",
            field: "companyId",
            header: t("clients.contact.company"),
            cell: (row: TContactRow) => <CompanyLink company={row.company ?? null} />,
          },
        ]),
    {
      key: "position",
      field: "position",
      header: t("clients.contact.position"),
      cell: (row) => <FieldValue type="text" value={row.position} />,
    },
    {
      key: "email",
      field: "email",
      header: t("clients.contact.email"),
      cell: (row) => <FieldValue type="email" value={row.email} />,
    },
    {
      key: "phone",
      field: "phone",
      header: t("clients.contact.phone"),
      className: "whitespace-nowrap",
      cell: (row) => <FieldValue type="phone" value={row.phone} />,
    },
    {
      key: "responsible",
      header: t("clients.card.responsible"),
      cell: (row) => row.responsible.name,
    },
  ];

  return (
    <ClientList
      toolbar={
        <div className="flex flex-wrap items-center gap-3">
          <SearchField
            label={t("clients.contacts.search")}
            placeholder={t("clients.contacts.searchPlaceholder")}
            value={search}
            onCommit={onSearch}
          />
          {access.isHidden("companyId") ? null : (
            <CompanyFilter companyId={companyId} onChange={onCompany} />
          )}
        </div>
      }
      cursor={cursor}
      onRestart={onRestart}
      list={list}
      total={count.data?.count}
      caption={t("clients.contacts.caption")}
      // A field a role's rule hides is not answered: its column is left out, not left empty.
      columns={columns.filter((column) => !column.field || !access.isHidden(column.field))}
      empty={search ? t("clients.contacts.noMatch", { search }) : t("clients.contacts.empty")}
    />
  );
}
