import { Suspense } from "react";

import { buildSectionMetadata } from "~/components/section-placeholder";
import { TasksPage } from "~/components/tasks/list/tasks-page";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSectionMetadata("tasks");

export default async function TasksRoute() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The list reads its view and filters from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={6} />}>
      <TasksPage />
    </Suspense>
  );
}
