"use client";

import Link from "next/link";

import { EmptyState } from "~/components/empty-state";
import { Alert } from "~/components/ui/alert";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";

import { SETTINGS_AREAS } from "./settings-areas";
import { SettingsPageHeader } from "./settings-page-header";
import { useSettingsAccess } from "./use-settings-access";

/** The settings home: a card for each area the server lets the reader open. */
export function SettingsOverview() {
  const t = useT();
  const access = useSettingsAccess();
  const states = Object.values(access);
  const shown = SETTINGS_AREAS.filter((area) => access[area.key] !== "forbidden");
  const loading = states.some((state) => state === "loading");
  const failed = states.some((state) => state === "failed");

  return (
    <div className="space-y-6">
      <SettingsPageHeader title={t("settings.title")} intro={t("settings.intro")} />
      {failed ? <Alert tone="warning">{t("settings.overview.someFailed")}</Alert> : null}
      {loading ? (
        <LoadingBlock label={t("settings.nav.checking")} lines={4} />
      ) : shown.length === 0 ? (
        <EmptyState title={t("settings.overview.noneTitle")}>
          {t("settings.overview.noneBody")}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {shown.map((area) => (
            <li key={area.key}>
              <Link
                href={area.href}
                className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-xs transition hover:border-indigo-300 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
              >
                <span className="text-base font-semibold text-slate-900">{t(area.label)}</span>
                <span className="mt-1 block text-sm text-slate-600">{t(area.description)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
