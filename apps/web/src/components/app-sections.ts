import type { TPlainMessageKey } from "~/i18n/translate";

export type TAppSection = "deals" | "clients" | "tasks" | "reports" | "settings";

type TNavItem = { href: string; label: TPlainMessageKey };

/** The sidebar, in order. A section's page lives at its href inside the (app) route group. */
export const NAV_ITEMS: readonly TNavItem[] = [
  { href: "/", label: "nav.home" },
  { href: "/deals", label: "nav.deals" },
  { href: "/clients", label: "nav.clients" },
  { href: "/tasks", label: "nav.tasks" },
  { href: "/reports", label: "nav.reports" },
  { href: "/settings", label: "nav.settings" },
];

export const SECTION_LABELS: Record<TAppSection, TPlainMessageKey> = {
  deals: "nav.deals",
  clients: "nav.clients",
  tasks: "nav.tasks",
  reports: "nav.reports",
  settings: "nav.settings",
};

/** A section stays current on its sub-pages (/deals/42); home only on itself. */
export function isCurrentNavItem(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
