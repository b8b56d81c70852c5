import type { TPlainMessageKey } from "~/i18n/translate";

export type TSettingsAreaKey =
  | "project"
  | "organisation"
  | "employees"
  | "security"
  | "roles"
  | "groups"
  | "fields"
  | "audit"
  | "explain";

export type TSettingsArea = {
  key: TSettingsAreaKey;
  href: string;
  label: TPlainMessageKey;
  description: TPlainMessageKey;
};

/** The settings sub-navigation, in order. Which of them a reader sees is the server's answer. */
export const SETTINGS_AREAS: readonly TSettingsArea[] = [
  {
    key: "project",
    href: "/settings/project",
    label: "settings.area.project",
    description: "settings.area.project.description",
  },
  {
    key: "organisation",
    href: "/settings/organisation",
    label: "settings.area.organisation",
    description: "settings.area.organisation.description",
  },
  {
    key: "employees",
    href: "/settings/employees",
    label: "settings.area.employees",
    description: "settings.area.employees.description",
  },
  {
    key: "security",
    href: "/settings/security",
    label: "settings.area.security",
    description: "settings.area.security.description",
  },
  {
    key: "roles",
    href: "/settings/roles",
    label: "settings.area.roles",
    description: "settings.area.roles.description",
  },
  {
    key: "groups",
    href: "/settings/groups",
    label: "settings.area.groups",
    description: "settings.area.groups.description",
  },
  {
    key: "fields",
    href: "/settings/fields",
    label: "settings.area.fields",
    description: "settings.area.fields.description",
  },
  {
    key: "audit",
    href: "/settings/audit",
    label: "settings.area.audit",
    description: "settings.area.audit.description",
  },
  {
    key: "explain",
    href: "/settings/explain",
    label: "settings.area.explain",
    description: "settings.area.explain.description",
  },
];

/** The area a settings address belongs to, its sub-pages included. */
export function findCurrentArea(pathname: string): TSettingsArea | undefined {
  return SETTINGS_AREAS.find(
    (area) => pathname === area.href || pathname.startsWith(`${area.href}/`),
  );
}
