import {
  visibleFields,
  type FieldAccess,
  type RecordResource,
  type Subject,
} from "@charter/core/engine";

import { AppError } from "../../errors";

/**
 * Built-in fields a role's field rules may hide or make read-only (PERMISSIONS.md "Fields").
 * Identity, the responsible, the permission facts and the version are never hidden: without
 * them a record cannot be named, judged or saved.
 */
export const LIMITABLE_FIELDS = {
  company: [
    "registrationNumber",
    "vatId",
    "email",
    "phone",
    "website",
    "street",
    "city",
    "postalCode",
    "country",
    "isPartner",
    "typeId",
  ],
  // A contact's names identify them, so only what describes or places them may be limited.
  contact: ["email", "phone", "position", "companyId", "typeId"],
  // A deal's amount is hidden from the Telephonist (SPEC D2); its product lines' prices go
  // with it, since they add up to the amount.
  deal: ["amount", "expectedCloseAt"],
} as const satisfies Partial<Record<RecordResource, readonly string[]>>;

type TLimitable = keyof typeof LIMITABLE_FIELDS;

export function fieldAccessOf(subject: Subject, resource: TLimitable): Record<string, FieldAccess> {
  return visibleFields(subject, resource, {
    builtInFields: LIMITABLE_FIELDS[resource],
    sections: [],
  }).fields;
}

/** The row without the fields hidden from the subject: they never leave the server. */
export function stripHiddenFields<T extends object>(
  row: T,
  access: Record<string, FieldAccess>,
): T {
  const hidden = Object.keys(access).filter((field) => access[field] === "hidden");
  if (hidden.length === 0) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const field of hidden) delete copy[field];
  return copy as T;
}

/** A write touching a field the subject may not write is refused whole; nothing changes. */
export function assertWritableFields(
  resource: TLimitable,
  access: Record<string, FieldAccess>,
  fields: object,
): void {
  const refused = Object.keys(fields).filter((field) => (access[field] ?? "write") !== "write");
  if (refused.length === 0) return;
  throw new AppError(
    "FORBIDDEN",
    {
      key: refused.length === 1 ? "fields.fieldReadOnly" : "fields.fieldsReadOnly",
      params: { fields: refused.join(", "), thing: resource },
    },
    { rule: "field-access" },
  );
}
