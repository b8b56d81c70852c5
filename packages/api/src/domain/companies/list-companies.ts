import type { FieldAccess } from "@charter/core/engine";
import type { Prisma, PrismaClient } from "@charter/db/client";

import { escapeLike } from "../search/escape-like";
import { COMPANY_SELECT, type TCompanyRow } from "./company-select";

export type TCompanyCursor = { updatedAt: Date; id: string };

export type TListCompaniesInput = {
  projectId: string;
  reach: Prisma.CompanyWhereInput;
  search?: string | undefined;
  searchIn: readonly TCompanySearchField[];
  cursor?: TCompanyCursor | undefined;
  limit: number;
};

/**
 * The user's filter (search, page) and the permission reach, combined in one query. Search
 * is a case-insensitive contains on name, e-mail and registration number, matching the text
 * literally (`%` finds a percent sign).
 */
export function buildCompanySearchWhere(
  projectId: string,
  search: string | undefined,
  searchIn: readonly TCompanySearchField[],
): Prisma.CompanyWhereInput {
  const where: Prisma.CompanyWhereInput = { projectId };
  if (!search) return where;
  const contains = { contains: escapeLike(search), mode: "insensitive" } as const;
  return { ...where, OR: searchIn.map((field) => ({ [field]: contains })) };
}

export type TCompanySearchField = "name" | "email" | "registrationNumber";

/** A field hidden from the subject is not searched: a match would reveal its value. */
export function companySearchFields(access: Record<string, FieldAccess>): TCompanySearchField[] {
  return (["name", "email", "registrationNumber"] as const).filter(
    (field) => access[field] !== "hidden",
  );
}

export async function listCompanies(
  db: PrismaClient,
  input: TListCompaniesInput,
): Promise<{ items: TCompanyRow[]; nextCursor: TCompanyCursor | null }> {
  // Newest change first; the id breaks ties so a page boundary never skips or repeats a row.
  const after: Prisma.CompanyWhereInput = input.cursor
    ? {
        OR: [
          { updatedAt: { lt: input.cursor.updatedAt } },
          { updatedAt: input.cursor.updatedAt, id: { lt: input.cursor.id } },
        ],
      }
    : {};
  const rows = await db.company.findMany({
    where: {
      AND: [
        input.reach,
        buildCompanySearchWhere(input.projectId, input.search, input.searchIn),
        after,
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: COMPANY_SELECT,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null;
  return { items, nextCursor };
}

export async function countCompanies(
  db: PrismaClient,
  input: {
    projectId: string;
    reach: Prisma.CompanyWhereInput;
    search?: string | undefined;
    searchIn: readonly TCompanySearchField[];
  },
): Promise<number> {
  return db.company.count({
    where: {
      AND: [input.reach, buildCompanySearchWhere(input.projectId, input.search, input.searchIn)],
    },
  });
}
