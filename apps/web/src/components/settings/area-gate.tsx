"use client";

import type { ReactNode } from "react";

import { Alert } from "~/components/ui/alert";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";

import type { TSettingsAreaKey } from "./settings-areas";
import { SettingsPageHeader } from "./settings-page-header";
import { useSettingsAccess } from "./use-settings-access";

/**
 * A settings page whose area the server refused to the reader (a direct link, a bookmark):
 * its title and why, instead of controls that would all be refused. Until the answer comes,
 * the page itself shows, and its own reads are refused the same way.
 */
export function AreaGate({
  area,
  title,
  children,
}: {
  area: TSettingsAreaKey;
  title: TPlainMessageKey;
  children: ReactNode;
}) {
  const t = useT();
  const access = useSettingsAccess();
  if (access[area] !== "forbidden") return <>{children}</>;
  return (
    <div className="space-y-5">
      <SettingsPageHeader title={t(title)} />
      <Alert tone="warning" title={t("settings.forbidden.title")}>
        {t("settings.forbidden.body")}
      </Alert>
    </div>
  );
}
