import { Suspense } from "react";

import { ReportsDashboard } from "~/components/reports/reports-dashboard";
import { buildSectionMetadata } from "~/components/section-placeholder";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSectionMetadata("reports");

export default async function ReportsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The dashboard reads its filters from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={8} />}>
      <ReportsDashboard />
    </Suspense>
  );
}
