"use client";

import type { Resource } from "@charter/core/engine";

import { useSessionRights } from "~/lib/use-session-rights";

import type { TSettingsAreaKey } from "./settings-areas";

export type TAreaAccess = "loading" | "allowed" | "forbidden" | "failed";

/** The resource whose `view` opens each area. */
const AREA_RESOURCE: Record<TSettingsAreaKey, Resource> = {
  // Everyone reads the profile (its name heads every page); it is a settings area for those
  // who look after the organisation.
  project: "settings.org",
  organisation: "settings.org",
  employees: "settings.employees",
  security: "settings.security",
  roles: "settings.roles",
  groups: "settings.roles",
  fields: "settings.fields",
  audit: "audit",
  // Explaining another employee's access reads roles and grants.
  explain: "settings.roles",
};

/**
 * Which settings areas the reader may open, as the server says in `session.me`'s rights. An
 * area they may not view is not offered; if the answer fails, every area is listed and each
 * page's own read is refused as it must be.
 */
export function useSettingsAccess(): Record<TSettingsAreaKey, TAreaAccess> {
  const rights = useSessionRights();
  const accessOf = (resource: Resource): TAreaAccess => {
    if (rights.loading) return "loading";
    const may = rights.may(resource, "view");
    return may === undefined ? "failed" : may ? "allowed" : "forbidden";
  };
  return Object.fromEntries(
    Object.entries(AREA_RESOURCE).map(([area, resource]) => [area, accessOf(resource)]),
  ) as Record<TSettingsAreaKey, TAreaAccess>;
}
