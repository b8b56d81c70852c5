import type { Metadata } from "next";
import { Suspense } from "react";

import { InterestsPage } from "~/components/deals/interests/interests-page";
import { loadRights } from "~/components/deals/shared/server-rights";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("deals.interests.title") };
}

export default async function InterestsRoute() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={6} />}>
      <InterestsPage rights={await loadRights()} />
    </Suspense>
  );
}
