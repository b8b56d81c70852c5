import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { DealDetail } from "~/components/deals/detail/deal-detail";
import { loadRights } from "~/components/deals/shared/server-rights";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";
import { getQueryClient, HydrateClient, isNothingToShow, serverTRPC } from "~/trpc/server";

type TDealPageProps = { params: Promise<{ id: string }> };

/**
 * Loads the deal while the page renders: a wrong id and a deal the reader may not see are
 * the same real 404 (SPEC D7), and the page starts with its data. Null means not found.
 */
const loadDeal = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getQueryClient().fetchQuery(serverTRPC.deals.get.queryOptions({ id }));
  } catch (error) {
    if (isNothingToShow(error)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TDealPageProps): Promise<Metadata> {
  const { id } = await params;
  const deal = await loadDeal(id);
  const { t } = await getTranslator();
  return { title: deal?.title ?? t("notFound.title") };
}

export default async function DealRoute({ params }: TDealPageProps) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  const deal = await loadDeal(id);
  if (!deal) notFound();
  // The pipeline's stages (the stage path, "Move to stage") and the reader's rights arrive
  // with the page.
  const [rights] = await Promise.all([
    loadRights(),
    getQueryClient().prefetchQuery(
      serverTRPC.deals.board.queryOptions({ pipelineId: deal.pipelineId, perStage: 1 }),
    ),
  ]);
  return (
    <HydrateClient>
      <DealDetail id={id} rights={rights} />
    </HydrateClient>
  );
}
