import type { Prisma } from "@charter/db/client";

/** Record kinds whose cards carry custom sections, and the value column naming their owner. */
export type TCardKind = "company" | "contact" | "object";

export const OWNER_COLUMN = {
  company: "companyId",
  contact: "contactId",
  object: "objectId",
} as const satisfies Record<TCardKind, keyof Prisma.CustomFieldValueUncheckedCreateInput>;

/** The card a record shows: its kind, id and record type (a type brings its own sections, F1). */
export type TCardRecord = {
  projectId: string;
  kind: TCardKind;
  recordId: string;
  typeId: string | null;
};
