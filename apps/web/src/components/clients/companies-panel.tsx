"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { Badge } from "~/components/ui/badge";
import type { TColumn } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { SearchField } from "~/components/ui/search-field";
import { useT } from "~/i18n/i18n-provider";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TCompanyRow } from "./card-types";
import { ClientList } from "./client-list";
import { FieldValue } from "./field-value";
import { RecordLink } from "./list-states";

const PAGE_SIZE = 50;

type TCompaniesPanelProps = {
  search: string;
  cursor: string | null;
  onSearch: (search: string) => void;
  onRestart: () => void;
};

/**
 * The companies the reader may see, last changed first (the API's one order, so the columns
 * do not sort), a page at a time.
 */
export function CompaniesPanel({ search, cursor, onSearch, onRestart }: TCompaniesPanelProps) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = { search: search || undefined, limit: PAGE_SIZE };
  const list = useCursorPages({
    queryKey: trpc.companies.list.infiniteQueryKey(input),
    fetchPage: (after) => client.companies.list.query({ ...input, cursor: after }),
    initialCursor: cursor,
  });
  const count = useQuery({
    ...trpc.companies.count.queryOptions({ search: search || undefined }),
    placeholderData: keepPreviousData,
  });

  const columns: TColumn<TCompanyRow, string>[] = [
    {
      key: "name",
      header: t("clients.company.name"),
      rowHeader: true,
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-2">
          <RecordLink href={`/clients/companies/${row.id}`}>{row.name}</RecordLink>
          {row.isPartner ? <Badge tone="info">{t("clients.company.partnerBadge")}</Badge> : null}
        </span>
      ),
    },
    {
      key: "city",
      header: t("clients.company.city"),
      cell: (row) => <FieldValue type="text" value={row.city} />,
    },
    {
      key: "phone",
      header: t("clients.company.phone"),
      className: "whitespace-nowrap",
      cell: (row) => <FieldValue type="phone" value={row.phone} />,
    },
    {
      key: "email",
      header: t("clients.company.email"),
      cell: (row) => <FieldValue type="email" value={row.email} />,
    },
    {
      key: "responsible",
      header: t("clients.card.responsible"),
      cell: (row) => row.responsible.name,
    },
    {
      key: "updatedAt",
      header: t("clients.card.updated"),
      className: "whitespace-nowrap",
      cell: (row) => <LocalTime value={row.updatedAt} withTime={false} />,
    },
  ];

  return (
    <ClientList
      toolbar={
        <SearchField
          label={t("clients.companies.search")}
          placeholder={t("clients.companies.searchPlaceholder")}
          value={search}
          onCommit={onSearch}
        />
      }
      cursor={cursor}
      onRestart={onRestart}
      list={list}
      total={count.data?.count}
      caption={t("clients.companies.caption")}
      columns={columns}
      empty={search ? t("clients.companies.noMatch", { search }) : t("clients.companies.empty")}
    />
  );
}
