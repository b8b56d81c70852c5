import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { buildCompanySearchWhere, companySearchFields } from "../companies/list-companies";
import { fieldAccessOf } from "../fields/built-in-fields";
import { ownedRecordColumns, OWNED_RECORD_SELECT, text, type TColumn } from "./export-columns";
import { assertFilterable, ownershipWhere, type TOwnershipFilter } from "./export-filters";
import { exportRecords } from "./export-records";
import type { TExportResult } from "./run-export";

export type TCompanyExportFilter = TOwnershipFilter & {
  search?: string | undefined;
  typeId?: string | undefined;
  isPartner?: boolean | undefined;
};

const COMPANY_EXPORT_SELECT = {
  id: true,
  name: true,
  registrationNumber: true,
  vatId: true,
  email: true,
  phone: true,
  website: true,
  street: true,
  city: true,
  postalCode: true,
  country: true,
  isPartner: true,
  type: { select: { name: true } },
  ...OWNED_RECORD_SELECT,
} as const satisfies Prisma.CompanySelect;

type TRow = Prisma.CompanyGetPayload<{ select: typeof COMPANY_EXPORT_SELECT }>;

type TScalar = {
  [K in keyof TRow]: TRow[K] extends string | boolean | null ? K : never;
}[keyof TRow];

const field = (name: TScalar): TColumn<TRow> => ({
  header: name,
  field: name,
  cell: (row) => text(row[name]),
});

const COLUMNS: TColumn<TRow>[] = [
  { header: "id", cell: (row) => row.id },
  { header: "name", cell: (row) => row.name },
  field("registrationNumber"),
  field("vatId"),
  field("email"),
  field("phone"),
  field("website"),
  field("street"),
  field("city"),
  field("postalCode"),
  field("country"),
  field("isPartner"),
  { header: "type", field: "typeId", cell: (row) => text(row.type?.name) },
  ...ownedRecordColumns<TRow>(),
];

/**
 * The companies the subject may export, narrowed by their filter, as CSV without the fields
 * and custom sections hidden from them; audited. A hidden field is not searched either.
 */
export async function exportCompanies(
  scope: TProjectScope,
  filter: TCompanyExportFilter,
  options: { maxRows?: number } = {},
): Promise<TExportResult> {
  const projectId = scope.project.id;
  const access = fieldAccessOf(scope.subject, "company");
  assertFilterable("company", access, filter, ["typeId", "isPartner"]);
  return exportRecords<TRow>(scope, {
    resource: "company",
    filter,
    ...options,
    access,
    find: async (tx, { take, customValues }) =>
      tx.company.findMany({
        where: {
          AND: [
            scope.reach("company", "export"),
            buildCompanySearchWhere(projectId, filter.search, companySearchFields(access)),
            await ownershipWhere(tx, projectId, filter),
            filter.typeId ? { typeId: filter.typeId } : {},
            filter.isPartner === undefined ? {} : { isPartner: filter.isPartner },
          ],
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
        select: { ...COMPANY_EXPORT_SELECT, customValues },
      }),
    columns: () => COLUMNS,
  });
}
