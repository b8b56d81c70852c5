import type { TPlainMessageKey } from "~/i18n/translate";

import type { TCardKind, TFieldType } from "./use-fields-queries";

export const CARD_KINDS: readonly TCardKind[] = ["company", "contact", "object"];

export const CARD_KIND_LABELS: Record<TCardKind, TPlainMessageKey> = {
  company: "settings.fields.kind.company",
  contact: "settings.fields.kind.contact",
  object: "settings.fields.kind.object",
};

export const FIELD_TYPES: readonly TFieldType[] = [
  "text",
  "number",
  "date",
  "checkbox",
  "select",
  "email",
  "phone",
  "url",
];

export const FIELD_TYPE_LABELS: Record<TFieldType, TPlainMessageKey> = {
  text: "settings.fields.type.text",
  number: "settings.fields.type.number",
  date: "settings.fields.type.date",
  checkbox: "settings.fields.type.checkbox",
  select: "settings.fields.type.select",
  email: "settings.fields.type.email",
  phone: "settings.fields.type.phone",
  url: "settings.fields.type.url",
};

export function isCardKind(value: string | null): value is TCardKind {
  return CARD_KINDS.some((kind) => kind === value);
}
