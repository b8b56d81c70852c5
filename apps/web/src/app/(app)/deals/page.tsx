import { Suspense } from "react";

import { boardInputFor } from "~/components/deals/board-input";
import { DealsPage } from "~/components/deals/deals-page";
import { DEAL_URL_KEYS, readDealParams } from "~/components/deals/list/deal-filters";
import { loadHiddenDealFields, loadRights } from "~/components/deals/shared/server-rights";
import { buildSectionMetadata } from "~/components/section-placeholder";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { readUrlParams } from "~/lib/url-params";
import { requireSession } from "~/server/auth/session";
import { getQueryClient, HydrateClient, serverTRPC } from "~/trpc/server";

export const generateMetadata = () => buildSectionMetadata("deals");

type TDealsRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearch(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) search.set(key, first);
  }
  return search;
}

export default async function DealsRoute({ searchParams }: TDealsRouteProps) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  const subject = await requireSession();
  const { t } = await getTranslator();
  // The board the URL asks for is read while the page renders, so a rep opening /deals sees
  // their deals at once instead of a skeleton and a second round trip. A failure here is
  // left to the browser, which retries and explains it.
  const params = readDealParams(readUrlParams(toSearch(await searchParams), DEAL_URL_KEYS));
  const boardInput = boardInputFor(params, subject.employee.id);
  const queryClient = getQueryClient();
  const [rights, hiddenDealFields] = await Promise.all([
    loadRights(),
    loadHiddenDealFields(),
    boardInput ? queryClient.prefetchQuery(serverTRPC.deals.board.queryOptions(boardInput)) : null,
  ]);
  return (
    <HydrateClient>
      {/* The board and the list follow the URL's pipeline and filters in the browser. */}
      <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={6} />}>
        {/* Who "my deals" means, the same on the server and in the browser. */}
        <DealsPage
          myEmployeeId={subject.employee.id}
          rights={rights}
          hiddenDealFields={hiddenDealFields}
        />
      </Suspense>
    </HydrateClient>
  );
}
