"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import type { TColumn } from "~/components/ui/data-table";
import { SearchField } from "~/components/ui/search-field";
import { useT } from "~/i18n/i18n-provider";
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
  const filters = { search: search || undefined, companyId: companyId ?? undefined };
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

  const columns: TColumn<TContactRow, string>[] = [
    {
      key: "name",
      header: t("clients.contact.name"),
      rowHeader: true,
      cell: (row) => (
        <RecordLink href={`/clients/contacts/${row.id}`}>{contactName(row)}</RecordLink>
      ),
    },
    // Filtered to one company, the column would repeat its name on every row.
    ...(companyId
      ? []
      : [
          {
            key: "company",
            header: t("clients.contact.company"),
            cell: (row: TContactRow) => <CompanyLink company={row.company} />,
          },
        ]),
    {
      key: "position",
      header: t("clients.contact.position"),
      cell: (row) => <FieldValue type="text" value={row.position} />,
    },
    {
      key: "email",
      header: t("clients.contact.email"),
      cell: (row) => <FieldValue type="email" value={row.email} />,
    },
    {
      key: "phone",
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
          <CompanyFilter companyId={companyId} onChange={onCompany} />
        </div>
      }
      cursor={cursor}
      onRestart={onRestart}
      list={list}
      total={count.data?.count}
      caption={t("clients.contacts.caption")}
      columns={columns}
      empty={search ? t("clients.contacts.noMatch", { search }) : t("clients.contacts.empty")}
    />
  );
}
