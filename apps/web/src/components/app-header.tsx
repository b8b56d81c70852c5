import type { TSessionSubject } from "@charter/api/auth";

import { LanguageSwitcher } from "./language-switcher";
import { ProjectSwitcher } from "./project-switcher";
import { GlobalSearch } from "./search/global-search";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ subject, appName }: { subject: TSessionSubject; appName: string }) {
  const { employee } = subject;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-6 py-3">
        <div className="flex items-center gap-3">
          <span className="text-lg font-semibold tracking-tight text-indigo-700">{appName}</span>
          <ProjectSwitcher projectName={employee.project.name} />
        </div>
        {/* Its own row on a narrow screen; between the project and the person on a wide one. */}
        <GlobalSearch className="order-last w-full lg:order-none lg:w-auto lg:max-w-md lg:min-w-56 lg:flex-1" />
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          <div className="text-right leading-tight">
            <p className="text-sm font-medium" data-testid="employee-name">
              {employee.name}
            </p>
            {employee.position ? (
              <p className="text-xs text-slate-500" data-testid="employee-position">
                {employee.position}
              </p>
            ) : null}
          </div>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
