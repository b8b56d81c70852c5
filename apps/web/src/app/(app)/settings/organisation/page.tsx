import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { OrganisationSettings } from "~/components/settings/org/organisation-settings";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.organisation");

export default async function OrganisationSettingsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The open tab is read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} />}>
      <AreaGate area="organisation" title="settings.area.organisation">
        <OrganisationSettings />
      </AreaGate>
    </Suspense>
  );
}
