"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { SearchField } from "~/components/ui/search-field";
import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import { DealsNav } from "../deals-nav";
import type { TInterest } from "../shared/deal-types";
import { may, type TRights } from "../shared/rights";
import { ConvertDialog } from "./convert-dialog";
import { InterestCreateDialog } from "./interest-create-dialog";
import { INTEREST_STATUS_LABELS, INTEREST_STATUSES, InterestStatusBadge } from "./interest-status";

const URL_KEYS = ["q", "status"] as const;
const PAGE_SIZE = 50;

function readStatus(value: string | null): TInterest["status"] | undefined {
  return INTEREST_STATUSES.find((status) => status === value);
}

/**
 * /deals/interests (SPEC G5): the leads the reader may see, searched and filtered in the URL;
 * an open one becomes a deal with "Convert to deal".
 */
export function InterestsPage({ rights }: { rights: TRights }) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const [converting, setConverting] = useState<TInterest | null>(null);
  const [creating, setCreating] = useState(false);
  const filter = {
    ...(params.q ? { search: params.q } : {}),
    ...(readStatus(params.status) ? { status: readStatus(params.status) } : {}),
  };
  const input = { ...filter, limit: PAGE_SIZE };
  const pages = useInfiniteQuery({
    queryKey: [...trpc.interests.list.infiniteQueryKey(input)],
    queryFn: ({ pageParam }) => client.interests.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const count = useQuery({
    ...trpc.interests.count.queryOptions(filter),
    placeholderData: keepPreviousData,
  });
  const rows = pages.data?.pages.flatMap((page) => page.items);
  // Converting makes a deal and changes the interest: both rights (the server checks the record).
  const mayConvert = may(rights, "deal", "create") && may(rights, "interest", "edit");

  const columns: TColumn<TInterest, string>[] = [
    {
      key: "title",
      header: t("deals.field.title"),
      rowHeader: true,
      cell: (interest) => (
        <span className="block">
          {interest.title}
          {interest.source ? (
            <span className="block text-xs font-normal text-slate-500">{interest.source}</span>
          ) : null}
        </span>
      ),
    },
    {
      key: "company",
      header: t("deals.field.company"),
      cell: (interest) =>
        interest.company ? (
          <Link href={`/clients/companies/${interest.company.id}`} className="hover:underline">
            {interest.company.name}
          </Link>
        ) : (
          <span className="text-slate-400">{t("common.none")}</span>
        ),
    },
    {
      key: "product",
      header: t("deals.interests.product"),
      cell: (interest) =>
        interest.product?.name ?? <span className="text-slate-400">{t("common.none")}</span>,
    },
    {
      key: "status",
      header: t("deals.field.status"),
      cell: (interest) => <InterestStatusBadge status={interest.status} />,
    },
    {
      key: "responsible",
      header: t("deals.field.responsible"),
      cell: (interest) => interest.responsible.name,
    },
    {
      key: "created",
      header: t("deals.field.created"),
      className: "whitespace-nowrap",
      cell: (interest) => <LocalTime value={interest.createdAt} withTime={false} />,
    },
    {
      key: "actions",
      header: t("deals.interests.actions"),
      className: "text-right",
      cell: (interest) =>
        mayConvert && (interest.status === "new" || interest.status === "qualified") ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setConverting(interest)}
            aria-label={t("deals.interests.convertNamed", { title: interest.title })}
          >
            {t("deals.interests.convert")}
          </Button>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="deals-heading" className="space-y-5">
      <DealsNav
        current="interests"
        title={t("deals.interests.title")}
        intro={t("deals.interests.intro")}
        actions={
          may(rights, "interest", "create") ? (
            <Button onClick={() => setCreating(true)}>{t("deals.interests.create")}</Button>
          ) : undefined
        }
      />
      <div
        role="search"
        aria-label={t("deals.filter.label")}
        className="flex flex-wrap items-center gap-2"
      >
        <div className="min-w-60 flex-1 [&>div]:max-w-none">
          <SearchField
            label={t("deals.interests.search")}
            placeholder={t("deals.interests.searchPlaceholder")}
            value={params.q ?? ""}
            onCommit={(q) => setParams({ q }, { history: "replace" })}
          />
        </div>
        <Select
          label={t("deals.field.status")}
          hideLabel
          containerClassName="shrink-0"
          value={readStatus(params.status) ?? ""}
          placeholder={t("deals.filter.anyStatus")}
          options={INTEREST_STATUSES.map((status) => ({
            value: status,
            label: t(INTEREST_STATUS_LABELS[status]),
          }))}
          onChange={(event) => setParams({ status: event.target.value || null })}
        />
      </div>
      {pages.isError ? (
        <Alert
          tone="error"
          actions={
            <Button variant="secondary" size="sm" onClick={() => void pages.refetch()}>
              {t("common.retry")}
            </Button>
          }
        >
          {t("common.loadFailed")}
        </Alert>
      ) : (
        <div
          aria-busy={pages.isFetching || undefined}
          className={pages.isPlaceholderData ? "opacity-60" : undefined}
        >
          <DataTable
            caption={t("deals.interests.caption")}
            columns={columns}
            rows={rows}
            rowKey={(interest) => interest.id}
            loading={pages.isPending}
            empty={
              params.q || params.status ? t("deals.interests.noMatch") : t("deals.interests.empty")
            }
          />
          <LoadMore
            shown={rows?.length ?? 0}
            total={count.data?.count}
            hasMore={pages.hasNextPage}
            loading={pages.isFetchingNextPage}
            onLoadMore={() => void pages.fetchNextPage()}
          />
        </div>
      )}
      {creating ? <InterestCreateDialog onClose={() => setCreating(false)} /> : null}
      {converting ? (
        <ConvertDialog interest={converting} onClose={() => setConverting(null)} />
      ) : null}
    </section>
  );
}
