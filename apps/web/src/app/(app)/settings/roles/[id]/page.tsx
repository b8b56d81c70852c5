import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { RoleDetails } from "~/components/settings/roles/role-details";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.roles");

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  const { t } = await getTranslator();
  return (
    // The open tab is read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={10} />}>
      <AreaGate area="roles" title="settings.area.roles">
        <RoleDetails id={id} />
      </AreaGate>
    </Suspense>
  );
}
