import type { ReactNode } from "react";

import { AppHeader } from "~/components/app-header";
import { MainContent } from "~/components/main-content";
import { SidebarNav } from "~/components/sidebar-nav";
import { SkipLink } from "~/components/skip-link";
import { ReminderPopup } from "~/components/tasks/reminders/reminder-popup";
import { ToastProvider } from "~/components/ui/toast";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

/** The frame of every signed-in page: header, section navigation, and the page as `main`. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const subject = await requireSession();
  const { t } = await getTranslator();
  return (
    <ToastProvider>
      <SkipLink label={t("shell.skipToContent")} />
      <AppHeader subject={subject} appName={t("app.name")} />
      <ReminderPopup employeeId={subject.employee.id} />
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-6 md:flex-row">
        <SidebarNav />
        <MainContent>{children}</MainContent>
      </div>
    </ToastProvider>
  );
}
