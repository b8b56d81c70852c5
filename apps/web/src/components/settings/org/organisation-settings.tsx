"use client";

import { TabPanel, Tabs } from "~/components/ui/tabs";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";

import { SettingsPageHeader } from "../settings-page-header";
import { BranchesPanel } from "./branches-panel";
import { DepartmentsPanel } from "./departments-panel";
import { DirectionsPanel } from "./directions-panel";
import { WorkGroupsPanel } from "./work-groups-panel";

const TABS = ["departments", "branches", "directions", "groups"] as const;
type TTab = (typeof TABS)[number];
const TABS_ID = "organisation";
const URL_KEYS = ["tab"] as const;

/** B1–B4 on one page; the open tab is in the URL, so a link lands on it. */
export function OrganisationSettings() {
  const t = useT();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const tab: TTab = TABS.find((value) => value === params.tab) ?? "departments";

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        title={t("settings.area.organisation")}
        intro={t("settings.area.organisation.description")}
      />
      <Tabs
        idBase={TABS_ID}
        label={t("settings.org.tabsLabel")}
        value={tab}
        onChange={(next) => setParams({ tab: next === "departments" ? null : next })}
        items={[
          { value: "departments", label: t("settings.org.tab.departments") },
          { value: "branches", label: t("settings.org.tab.branches") },
          { value: "directions", label: t("settings.org.tab.directions") },
          { value: "groups", label: t("settings.org.tab.groups") },
        ]}
      />
      <TabPanel idBase={TABS_ID} value={tab}>
        {tab === "departments" ? <DepartmentsPanel /> : null}
        {tab === "branches" ? <BranchesPanel /> : null}
        {tab === "directions" ? <DirectionsPanel /> : null}
        {tab === "groups" ? <WorkGroupsPanel /> : null}
      </TabPanel>
    </div>
  );
}
