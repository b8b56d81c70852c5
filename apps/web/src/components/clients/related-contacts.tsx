"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LoadMore } from "~/components/ui/pagination";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import { useFieldAccess } from "~/lib/use-field-access";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import type { TContactRow } from "./card-types";
import { contactName } from "./contact-name";
import { FieldValue } from "./field-value";
import { useSortedRows } from "./use-sorted-rows";

type TKey = "name" | "position" | "email" | "phone";

const PAGE_SIZE = 50;

function sortValue(row: TContactRow, key: TKey): string {
  return key === "name" ? contactName(row) : (row[key] ?? "");
}

/**
 * The company's contacts the reader may see; sortable in place once all of them are loaded.
 * A reader from whom a role's rule hides a contact's company never gets here: which contacts a
 * company has would show the link (the API refuses the list).
 */
export function RelatedContacts({
  companyId,
  companyName,
}: {
  companyId: string;
  companyName: string;
}) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useFieldAccess("contact");
  const input = { companyId, limit: PAGE_SIZE };
  const list = useCursorPages({
    queryKey: trpc.contacts.list.infiniteQueryKey(input),
    fetchPage: (after) => client.contacts.list.query({ ...input, cursor: after }),
    // Another company's contacts must never stand in for this one's.
    keepPrevious: false,
  });
  const loaded = list.data?.pages.flatMap((page) => page.items);
  // Sorting in place is honest only over every row, and useful only over more than one.
  const complete = list.isSuccess && !list.hasNextPage && (loaded?.length ?? 0) > 1;
  const { rows, sort, setSort } = useSortedRows(loaded, sortValue);

  const allColumns: TColumn<TContactRow, TKey>[] = [
    {
      key: "name",
      header: t("clients.contact.name"),
      rowHeader: true,
      sortable: complete,
      cell: (row) => (
        <Link href={`/clients/contacts/${row.id}`} className="text-indigo-700 hover:underline">
          {contactName(row)}
        </Link>
      ),
    },
    {
      key: "position",
      header: t("clients.contact.position"),
      sortable: complete,
      cell: (row) => row.position ?? t("common.none"),
    },
    {
      key: "email",
      header: t("clients.contact.email"),
      cell: (row) => <FieldValue type="email" value={row.email} />,
    },
    {
      key: "phone",
      header: t("clients.contact.phone"),
      cell: (row) => <FieldValue type="phone" value={row.phone} />,
    },
  ];
  // A field a role's rule hides is not answered: its column is left out, not left empty.
  const columns = allColumns.filter(
    (column) => column.key === "name" || !access.isHidden(column.key),
  );

  return (
    <Panel
      title={t("clients.relatedContacts.title")}
      aside={
        <Link
          href={`/clients?tab=contacts&company=${companyId}`}
          className="text-sm text-indigo-700 hover:underline"
        >
          {t("clients.relatedContacts.openList")}
        </Link>
      }
    >
      {list.isError ? (
        <Alert tone="error">{t("common.loadFailed")}</Alert>
      ) : (
        <>
          <DataTable
            caption={t("clients.relatedContacts.caption", { name: companyName })}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            loading={list.isPending}
            sort={sort}
            onSortChange={setSort}
            empty={t("clients.relatedContacts.empty")}
            variant="plain"
          />
          <LoadMore
            shown={loaded?.length ?? 0}
            total={undefined}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Panel>
  );
}
