"use client";

import type { RouterOutputs } from "@charter/api";

import { useMoney } from "~/components/deals/shared/use-money";
import { Alert } from "~/components/ui/alert";
import { Badge, type TBadgeTone } from "~/components/ui/badge";
import { DataTable, type TColumn } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import { RecordLink } from "./list-states";

type TDeal = RouterOutputs["deals"]["list"]["items"][number];

const OUTCOME_TONES: Record<TDeal["status"], TBadgeTone> = {
  open: "info",
  won: "success",
  lost: "neutral",
};

const PAGE_SIZE = 20;

/**
 * The company's deals the reader may see. A reader with no right to see deals gets no panel;
 * an amount their role hides is not in the answer, so it shows as empty.
 */
export function CompanyDeals({
  companyId,
  companyName,
}: {
  companyId: string;
  companyName: string;
}) {
  const t = useT();
  const formatMoney = useMoney();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = { companyId, limit: PAGE_SIZE };
  const deals = useCursorPages({
    queryKey: trpc.deals.list.infiniteQueryKey(input),
    fetchPage: (after) => client.deals.list.query({ ...input, cursor: after }),
    keepPrevious: false,
  });

  if (deals.isError && readApiError(deals.error).kind === "forbidden") return null;
  const rows = deals.data?.pages.flatMap((page) => page.items);

  const money = (deal: TDeal) => {
    if (deal.amount === undefined)
      return <span className="text-slate-400">{t("common.none")}</span>;
    return formatMoney(deal.amount, deal.currency);
  };

  const columns: TColumn<TDeal, string>[] = [
    {
      key: "title",
      header: t("clients.deals.deal"),
      rowHeader: true,
      cell: (deal) => <RecordLink href={`/deals/${deal.id}`}>{deal.title}</RecordLink>,
    },
    {
      key: "stage",
      header: t("clients.deals.stage"),
      cell: (deal) => <Badge tone={OUTCOME_TONES[deal.status]}>{deal.stage.name}</Badge>,
    },
    {
      key: "amount",
      header: t("clients.deals.amount"),
      className: "text-right whitespace-nowrap tabular-nums",
      cell: money,
    },
    {
      key: "expectedClose",
      header: t("clients.deals.expectedClose"),
      className: "whitespace-nowrap",
      cell: (deal) =>
        deal.expectedCloseAt ? (
          <LocalTime value={deal.expectedCloseAt} withTime={false} />
        ) : (
          <span className="text-slate-400">{t("common.none")}</span>
        ),
    },
  ];

  return (
    <Panel title={t("clients.deals.title")}>
      {deals.isError ? (
        <Alert tone="error">{t("common.loadFailed")}</Alert>
      ) : (
        <>
          <DataTable
            caption={t("clients.deals.caption", { name: companyName })}
            columns={columns}
            rows={rows}
            rowKey={(deal) => deal.id}
            loading={deals.isPending}
            empty={t("clients.deals.empty")}
            variant="plain"
          />
          <LoadMore
            shown={rows?.length ?? 0}
            total={undefined}
            hasMore={deals.hasNextPage}
            loading={deals.isFetchingNextPage}
            onLoadMore={() => void deals.fetchNextPage()}
          />
        </>
      )}
    </Panel>
  );
}
