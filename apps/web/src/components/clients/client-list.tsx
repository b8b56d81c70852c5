"use client";

import type { ReactNode } from "react";

import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LoadMore } from "~/components/ui/pagination";
import type { useCursorPages } from "~/trpc/cursor-pages";

import { FromCursorNote, ListError } from "./list-states";

type TClientListProps<Row extends { id: string }> = {
  /** The search and filters above the list. */
  toolbar: ReactNode;
  /** Where the list started, from a shared link; null from the first page. */
  cursor: string | null;
  onRestart: () => void;
  list: ReturnType<typeof useCursorPages<Row>>;
  /** How many match, as the API counts them. */
  total: number | undefined;
  caption: string;
  columns: TColumn<Row, string>[];
  empty: string;
};

/**
 * A client list read a page at a time, last changed first (the API's one order, so the
 * columns do not sort): the old rows stay, dimmed, while new filters load; a list opened
 * part-way offers its start and does not claim a total.
 */
export function ClientList<Row extends { id: string }>({
  toolbar,
  cursor,
  onRestart,
  list,
  total,
  caption,
  columns,
  empty,
}: TClientListProps<Row>) {
  const rows = list.data?.pages.flatMap((page) => page.items);
  return (
    <div className="space-y-4">
      {toolbar}
      {cursor ? <FromCursorNote onRestart={onRestart} /> : null}
      {list.isError ? (
        <ListError
          error={list.error}
          fromCursor={cursor !== null}
          onRestart={onRestart}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <div
          aria-busy={list.isFetching || undefined}
          className={list.isPlaceholderData ? "opacity-60" : undefined}
        >
          <DataTable
            caption={caption}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            loading={list.isPending}
            empty={empty}
          />
          <LoadMore
            shown={rows?.length ?? 0}
            total={cursor ? undefined : total}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
