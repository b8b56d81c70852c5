import type { Metadata } from "next";
import { Suspense } from "react";

import { TaskCalendar } from "~/components/tasks/calendar/task-calendar";
import { LoadingBlock } from "~/components/ui/skeleton";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("tasks.calendar.title") };
}

export default async function CalendarRoute() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    // The calendar reads its view and day from the URL in the browser.
    <Suspense fallback={<LoadingBlock label={t("common.loading")} lines={8} />}>
      <TaskCalendar />
    </Suspense>
  );
}
