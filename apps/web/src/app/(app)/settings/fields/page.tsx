import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { FieldsSettings } from "~/components/settings/fields/fields-settings";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.fields");

export default async function FieldsSettingsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The kind and card being edited are read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} />}>
      <AreaGate area="fields" title="settings.area.fields">
        <FieldsSettings />
      </AreaGate>
    </Suspense>
  );
}
