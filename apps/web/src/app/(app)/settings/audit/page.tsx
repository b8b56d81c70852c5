import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { AuditLog } from "~/components/settings/audit/audit-log";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.audit");

export default async function AuditLogPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The filters and page are read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={8} />}>
      <AreaGate area="audit" title="settings.area.audit">
        <AuditLog />
      </AreaGate>
    </Suspense>
  );
}
