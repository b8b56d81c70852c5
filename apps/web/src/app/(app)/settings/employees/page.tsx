import { Suspense } from "react";

import { AreaGate } from "~/components/settings/area-gate";
import { EmployeesList } from "~/components/settings/employees/employees-list";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.employees");

export default async function EmployeesPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The search and filters are read from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={6} />}>
      <AreaGate area="employees" title="settings.area.employees">
        <EmployeesList />
      </AreaGate>
    </Suspense>
  );
}
