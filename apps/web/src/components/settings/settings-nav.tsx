"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { findCurrentArea, SETTINGS_AREAS } from "./settings-areas";
import { useSettingsAccess } from "./use-settings-access";

/**
 * The settings areas the reader may open. An area is left out only when the server refused
 * its read; while the answers come, placeholders keep the bar from jumping.
 */
export function SettingsNav() {
  const t = useT();
  const pathname = usePathname();
  const access = useSettingsAccess();
  const current = findCurrentArea(pathname);
  const loading = Object.values(access).some((state) => state === "loading");
  const shown = SETTINGS_AREAS.filter(
    (area) => access[area.key] === "allowed" || access[area.key] === "failed",
  );

  return (
    <nav aria-label={t("settings.nav.label")} className="border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-1">
        <li>
          <NavLink href="/settings" current={pathname === "/settings"}>
            {t("settings.nav.overview")}
          </NavLink>
        </li>
        {shown.map((area) => (
          <li key={area.key}>
            <NavLink href={area.href} current={current?.key === area.key}>
              {t(area.label)}
            </NavLink>
          </li>
        ))}
        {loading ? (
          <li role="status" className="flex items-center px-3 py-1.5">
            <span className="sr-only">{t("settings.nav.checking")}</span>
            <Skeleton className="h-4 w-20" />
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function NavLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "block rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500",
        current
          ? "bg-indigo-50 text-indigo-700"
          : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
      )}
    >
      {children}
    </Link>
  );
}
