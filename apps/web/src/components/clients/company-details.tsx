"use client";

import { DescriptionList, type TDescriptionItem } from "~/components/ui/description-list";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";

import type { TCompanyCard, TCustomFieldType } from "./card-types";
import { FieldValue } from "./field-value";

const SHOWN: { key: keyof TCompanyCard; label: TPlainMessageKey; type: TCustomFieldType }[] = [
  { key: "registrationNumber", label: "clients.company.registrationNumber", type: "text" },
  { key: "vatId", label: "clients.company.vatId", type: "text" },
  { key: "email", label: "clients.company.email", type: "email" },
  { key: "phone", label: "clients.company.phone", type: "phone" },
  { key: "website", label: "clients.company.website", type: "url" },
];

const ADDRESS_PARTS = ["street", "postalCode", "city", "country"] as const;

/** "Vinohradská 12, 120 00 Praha, Czechia" from the parts the reader may see. */
export function joinAddress(
  company: Partial<Record<(typeof ADDRESS_PARTS)[number], string | null>>,
) {
  const place = [company.postalCode, company.city].filter(Boolean).join(" ");
  return [company.street, place, company.country].filter(Boolean).join(", ");
}

/** The company's own fields; one the reader's roles hide is not in the answer, so not here. */
export function CompanyDetails({ company }: { company: TCompanyCard }) {
  const t = useT();
  const items: TDescriptionItem[] = SHOWN.filter(({ key }) => key in company).map(
    ({ key, label, type }) => ({
      key,
      label: t(label),
      value: <FieldValue type={type} value={company[key] as string | null} />,
    }),
  );
  if (ADDRESS_PARTS.some((part) => part in company)) {
    items.push({
      key: "address",
      label: t("clients.company.address"),
      value: <FieldValue type="text" value={joinAddress(company)} />,
    });
  }
  return (
    <Panel title={t("clients.card.details")}>
      <DescriptionList items={items} />
    </Panel>
  );
}
