"use client";

import { DescriptionList } from "~/components/ui/description-list";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

import type { TContactCard } from "./card-types";
import { CompanyLink } from "./company-link";
import { FieldValue } from "./field-value";

export function ContactDetails({ contact }: { contact: TContactCard }) {
  const t = useT();
  return (
    <Panel title={t("clients.card.details")}>
      <DescriptionList
        items={[
          {
            key: "company",
            label: t("clients.contact.company"),
            value: <CompanyLink company={contact.company} />,
          },
          {
            key: "position",
            label: t("clients.contact.position"),
            value: <FieldValue type="text" value={contact.position} />,
          },
          {
            key: "email",
            label: t("clients.contact.email"),
            value: <FieldValue type="email" value={contact.email} />,
          },
          {
            key: "phone",
            label: t("clients.contact.phone"),
            value: <FieldValue type="phone" value={contact.phone} />,
          },
        ]}
      />
    </Panel>
  );
}
