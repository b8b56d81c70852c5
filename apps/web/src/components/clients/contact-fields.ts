import type { TBuiltInField } from "./built-in-fields";

export type TContactFieldKey = "firstName" | "lastName" | "email" | "phone" | "position";

/** The contact's own fields (its company has its own control), limits from the API. */
export const CONTACT_FIELDS: readonly TBuiltInField<TContactFieldKey>[] = [
  {
    key: "firstName",
    label: "clients.contact.firstName",
    input: "text",
    maxLength: 100,
    required: true,
    autoComplete: "given-name",
  },
  {
    key: "lastName",
    label: "clients.contact.lastName",
    input: "text",
    maxLength: 100,
    required: true,
    autoComplete: "family-name",
  },
  {
    key: "position",
    label: "clients.contact.position",
    input: "text",
    maxLength: 100,
    autoComplete: "organization-title",
  },
  {
    key: "email",
    label: "clients.contact.email",
    input: "email",
    maxLength: 254,
    autoComplete: "email",
  },
  {
    key: "phone",
    label: "clients.contact.phone",
    input: "tel",
    maxLength: 40,
    autoComplete: "tel",
  },
];
