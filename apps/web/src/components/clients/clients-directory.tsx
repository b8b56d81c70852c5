"use client";

import { useCallback, useState } from "react";

import { Button } from "~/components/ui/button";
import { TabPanel, Tabs } from "~/components/ui/tabs";
import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";

import { CompaniesPanel } from "./companies-panel";
import { CompanyCreateDialog } from "./company-create-dialog";
import { ContactsPanel } from "./contacts-panel";

const URL_KEYS = ["tab", "q", "company", "cursor"] as const;
const TABS_ID = "clients";

type TTab = "companies" | "contacts";

/**
 * The clients page: companies and contacts, each searchable. What the reader searched for,
 * the tab and the company filter live in the URL, so a list can be shared and back/forward
 * retrace the steps.
 */
export function ClientsDirectory() {
  const t = useT();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const [creating, setCreating] = useState(false);
  const tab: TTab = params.tab === "contacts" ? "contacts" : "companies";
  // Typing replaces the history entry: a search is one step back, not one per pause.
  const search = useCallback((q: string) => setParams({ q }, { history: "replace" }), [setParams]);

  return (
    <section aria-labelledby="clients-heading" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="clients-heading" className="text-2xl font-semibold tracking-tight">
            {t("clients.title")}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t("clients.intro")}</p>
        </div>
        <Button onClick={() => setCreating(true)}>{t("clients.companies.new")}</Button>
      </div>

      <Tabs
        idBase={TABS_ID}
        label={t("clients.tabsLabel")}
        value={tab}
        onChange={(next) =>
          // A search means something else on the other list: each tab starts afresh.
          setParams({ tab: next === "companies" ? null : next, q: null, company: null })
        }
        items={[
          { value: "companies", label: t("clients.tab.companies") },
          { value: "contacts", label: t("clients.tab.contacts") },
        ]}
      />
      <TabPanel idBase={TABS_ID} value={tab}>
        {tab === "companies" ? (
          <CompaniesPanel
            search={params.q ?? ""}
            cursor={params.cursor}
            onSearch={search}
            onRestart={() => setParams({ cursor: null })}
          />
        ) : (
          <ContactsPanel
            search={params.q ?? ""}
            companyId={params.company}
            cursor={params.cursor}
            onSearch={search}
            onCompany={(company) => setParams({ company })}
            onRestart={() => setParams({ cursor: null })}
          />
        )}
      </TabPanel>

      {creating ? <CompanyCreateDialog onClose={() => setCreating(false)} /> : null}
    </section>
  );
}
