"use client";

import { useQuery } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { isNotFoundError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { readCanEdit } from "./card-permissions";
import { ActivityTimeline } from "./activity-timeline";
import { ClientWorkPanels } from "./client-work-panels";
import { CompanyActions } from "./company-actions";
import { CompanyDeals } from "./company-deals";
import { CompanyDetails } from "./company-details";
import { CompanyEditForm } from "./company-edit-form";
import { CustomSectionsView } from "./custom-sections-view";
import { RecordHeader } from "./record-header";
import { RecordMeta } from "./record-meta";
import { RelatedContacts } from "./related-contacts";

/** The client card of a company (SPEC F2): its fields, custom sections and contacts. */
export function CompanyCard({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ id }),
  });
  const [editing, setEditing] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  // Deleted meanwhile, or out of the reader's reach since: the same 404 as a wrong id (D7).
  if (company.error && isNotFoundError(company.error)) notFound();
  if (company.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;
  if (company.isError)
    return (
      <Alert
        tone="error"
        actions={
          <Button variant="secondary" size="sm" onClick={() => void company.refetch()}>
            {t("common.retry")}
          </Button>
        }
      >
        {t("common.loadFailed")}
      </Alert>
    );

  const data = company.data;
  const canEdit = readCanEdit(data.customSections);

  return (
    <article className="space-y-6">
      <RecordHeader
        breadcrumbLabel={t("clients.card.breadcrumb")}
        parent={{ href: "/clients", label: t("clients.title") }}
        title={data.name}
        badges={
          data.isPartner ? <Badge tone="info">{t("clients.company.partnerBadge")}</Badge> : null
        }
        subtitle={`${t("clients.card.responsible")}: ${data.responsible.name}`}
        actions={
          editing ? null : (
            <CompanyActions
              company={data}
              canEdit={canEdit}
              onEdit={() => {
                setReloaded(false);
                setEditing(true);
              }}
            />
          )
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {editing ? (
            <CompanyEditForm
              key={data.version}
              company={data}
              reloaded={reloaded}
              onDone={() => setEditing(false)}
              onReload={async () => {
                await company.refetch();
                setReloaded(true);
              }}
            />
          ) : (
            <>
              <CompanyDetails company={data} />
              <CustomSectionsView sections={data.customSections} markReadOnly={canEdit === true} />
            </>
          )}
          <RelatedContacts companyId={data.id} companyName={data.name} />
          <CompanyDeals companyId={data.id} companyName={data.name} />
          <ActivityTimeline of={{ companyId: data.id }} />
        </div>
        <aside className="space-y-6">
          <RecordMeta
            responsible={data.responsible}
            createdAt={data.createdAt}
            updatedAt={data.updatedAt}
          />
          <ClientWorkPanels of={{ companyId: data.id }} name={data.name} />
        </aside>
      </div>
    </article>
  );
}
