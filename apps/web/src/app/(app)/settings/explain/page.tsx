import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { ExplainAccess } from "~/components/settings/explain/explain-access";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.explain");

export default async function ExplainPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The question is read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} />}>
      <AreaGate area="explain" title="settings.area.explain">
        <ExplainAccess />
      </AreaGate>
    </Suspense>
  );
}
