import type { TBuiltInField } from "./built-in-fields";

export type TCompanyFieldKey =
  | "name"
  | "registrationNumber"
  | "vatId"
  | "email"
  | "phone"
  | "website"
  | "street"
  | "city"
  | "postalCode"
  | "country"
  | "isPartner";

/** The company's own fields in the order the card and its forms show them (limits from the API). */
export const COMPANY_FIELDS: readonly TBuiltInField<TCompanyFieldKey>[] = [
  {
    key: "name",
    label: "clients.company.name",
    input: "text",
    maxLength: 200,
    required: true,
    autoComplete: "organization",
  },
  {
    key: "registrationNumber",
    label: "clients.company.registrationNumber",
    input: "text",
    maxLength: 32,
  },
  { key: "vatId", label: "clients.company.vatId", input: "text", maxLength: 32 },
  {
    key: "email",
    label: "clients.company.email",
    input: "email",
    maxLength: 254,
    autoComplete: "email",
  },
  {
    key: "phone",
    label: "clients.company.phone",
    input: "tel",
    maxLength: 40,
    autoComplete: "tel",
  },
  {
    key: "website",
    label: "clients.company.website",
    input: "url",
    maxLength: 300,
    autoComplete: "url",
  },
  {
    key: "street",
    label: "clients.company.street",
    input: "text",
    maxLength: 200,
    autoComplete: "street-address",
  },
  {
    key: "city",
    label: "clients.company.city",
    input: "text",
    maxLength: 100,
    autoComplete: "address-level2",
  },
  {
    key: "postalCode",
    label: "clients.company.postalCode",
    input: "text",
    maxLength: 20,
    autoComplete: "postal-code",
  },
  {
    key: "country",
    label: "clients.company.country",
    input: "text",
    maxLength: 100,
    autoComplete: "country-name",
  },
  { key: "isPartner", label: "clients.company.isPartner", input: "checkbox" },
];
