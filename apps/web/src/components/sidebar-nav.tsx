"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { useT } from "~/i18n/i18n-provider";

import { isCurrentNavItem, NAV_ITEMS } from "./app-sections";

export function SidebarNav() {
  const t = useT();
  const pathname = usePathname();

  return (
    <nav aria-label={t("shell.navLabel")} className="md:w-52 md:shrink-0">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {NAV_ITEMS.map((item) => {
          const current = isCurrentNavItem(item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "block rounded-md bg-indigo-50 px-3 py-2 text-sm font-semibold text-indigo-700"
                    : "block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                }
              >
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
