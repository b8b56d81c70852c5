import { Suspense } from "react";

import { ClientsDirectory } from "~/components/clients/clients-directory";
import { buildSectionMetadata } from "~/components/section-placeholder";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSectionMetadata("clients");

export default async function ClientsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The lists read their search and filters from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={6} />}>
      <ClientsDirectory />
    </Suspense>
  );
}
