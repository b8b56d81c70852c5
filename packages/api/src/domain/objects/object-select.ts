import { Prisma } from "@charter/db/client";

import type { TLinkColumns } from "../access/visible-links";

import { AppError } from "../../errors";

/** What every object answer carries; the output schemas name exactly these fields. */
export const OBJECT_SELECT = {
  id: true,
  name: true,
  address: true,
  companyId: true,
  contactId: true,
  typeId: true,
  directionId: true,
  departmentId: true,
  responsible: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.CrmObjectSelect;

/** The object's link columns and what they link to, for `withVisibleLinks` (D7). */
export const OBJECT_LINKS = {
  companyId: "company",
  contactId: "contact",
} as const satisfies TLinkColumns;

export type TObjectRow = Prisma.CrmObjectGetPayload<{ select: typeof OBJECT_SELECT }>;

/** The fields a person edits on an object; the permission facts are set by the API. */
export type TObjectFields = {
  name: string;
  address?: string | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  typeId?: string | null | undefined;
};

export function staleObject(): AppError {
  return new AppError("CONFLICT", { key: "access.staleSaveAgain", params: { thing: "object" } });
}

/** True for Prisma's "no row matched" (a write at a version that is gone). */
export function isNoRowMatched(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
