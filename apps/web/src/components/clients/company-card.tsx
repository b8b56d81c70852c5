"use client";

import { useQuery } from "@tanstack/react-query";

import { Badge } from "~/components/ui/badge";
import { useT } from "~/i18n/i18n-provider";
import { useFieldAccess } from "~/lib/use-field-access";
import { useTRPC } from "~/trpc/react";

import { ActivityTimeline } from "./activity-timeline";
import { ClientWorkPanels } from "./client-work-panels";
import { ClientCard } from "./client-card";
import { CompanyActions } from "./company-actions";
import { CompanyDeals } from "./company-deals";
import { CompanyDetails } from "./company-details";
import { CompanyEditForm } from "./company-edit-form";
import { RelatedContacts } from "./related-contacts";

/** The client card of a company (SPEC F2): its fields, custom sections and contacts. */
export function CompanyCard({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ id }),
  });
  // Which contacts a company has would show a contact's company to a reader from whom a role's
  // rule hides it: the API refuses that list, so the card does not ask.
  const contactFields = useFieldAccess("contact");
  const showContacts = contactFields.known && !contactFields.isHidden("companyId");

  return (
    <ClientCard
      query={company}
      parts={(data) => ({
        parent: { href: "/clients", label: t("clients.title") },
        title: data.name,
        badges: data.isPartner ? (
          <Badge tone="info">{t("clients.company.partnerBadge")}</Badge>
        ) : null,
        subtitle: `${t("clients.card.responsible")}: ${data.responsible.name}`,
        actions: (actions) => <CompanyActions company={data} {...actions} />,
        editForm: (editing) => <CompanyEditForm company={data} {...editing} />,
        details: <CompanyDetails company={data} />,
        related: (
          <>
            {showContacts ? <RelatedContacts companyId={data.id} companyName={data.name} /> : null}
            <CompanyDeals companyId={data.id} companyName={data.name} />
            <ActivityTimeline of={{ companyId: data.id }} />
          </>
        ),
        aside: <ClientWorkPanels of={{ companyId: data.id }} name={data.name} />,
      })}
    />
  );
}
