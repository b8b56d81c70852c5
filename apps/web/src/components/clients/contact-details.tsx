"use client";

import { DescriptionList, type TDescriptionItem } from "~/components/ui/description-list";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";

import type { TContactCard, TCustomFieldType } from "./card-types";
import { CompanyLink } from "./company-link";
import { FieldValue } from "./field-value";

const SHOWN: {
  key: "position" | "email" | "phone";
  label: TPlainMessageKey;
  type: TCustomFieldType;
}[] = [
  { key: "position", label: "clients.contact.position", type: "text" },
  { key: "email", label: "clients.contact.email", type: "email" },
  { key: "phone", label: "clients.contact.phone", type: "phone" },
];

/** The contact's own fields; one the reader's roles hide is not in the answer, so not here. */
export function ContactDetails({ contact }: { contact: TContactCard }) {
  const t = useT();
  const items: TDescriptionItem[] = [];
  if (contact.company !== undefined) {
    items.push({
      key: "company",
      label: t("clients.contact.company"),
      value: <CompanyLink company={contact.company} />,
    });
  }
  for (const { key, label, type } of SHOWN) {
    if (!(key in contact)) continue;
    items.push({ key, label: t(label), value: <FieldValue type={type} value={contact[key]} /> });
  }
  return (
    <Panel title={t("clients.card.details")}>
      <DescriptionList items={items} />
    </Panel>
  );
}
