import type { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { findVisibleLinks, type TVisibleLinks } from "../access/visible-links";
import { fieldAccessOf } from "../fields/built-in-fields";
import { contactMatch, contactSearchFields } from "../search/contact-match";
import { ownedRecordColumns, OWNED_RECORD_SELECT, text, type TColumn } from "./export-columns";
import { assertFilterable, ownershipWhere, type TOwnershipFilter } from "./export-filters";
import { exportRecords } from "./export-records";
import type { TExportResult } from "./run-export";

export type TContactExportFilter = TOwnershipFilter & {
  search?: string | undefined;
  companyId?: string | undefined;
  typeId?: string | undefined;
};

const CONTACT_EXPORT_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  position: true,
  companyId: true,
  type: { select: { name: true } },
  ...OWNED_RECORD_SELECT,
} as const satisfies Prisma.ContactSelect;

type TRow = Prisma.ContactGetPayload<{ select: typeof CONTACT_EXPORT_SELECT }>;

function columnsFor(links: TVisibleLinks): TColumn<TRow>[] {
  // A company outside the caller's view reach exports as no link at all.
  return [
    { header: "id", cell: (row) => row.id },
    { header: "firstName", cell: (row) => row.firstName },
    { header: "lastName", cell: (row) => row.lastName },
    { header: "email", field: "email", cell: (row) => text(row.email) },
    { header: "phone", field: "phone", cell: (row) => text(row.phone) },
    { header: "position", field: "position", cell: (row) => text(row.position) },
    {
      header: "companyId",
      field: "companyId",
      cell: (row) => text(links.company(row.companyId)?.id),
    },
    {
      header: "company",
      field: "companyId",
      cell: (row) => text(links.company(row.companyId)?.name),
    },
    { header: "type", field: "typeId", cell: (row) => text(row.type?.name) },
    ...ownedRecordColumns<TRow>(),
  ];
}

/**
 * The contacts the subject may export, narrowed by their filter, as CSV without the fields and
 * custom sections hidden from them; their company only when the subject may view it. Audited.
 */
export async function exportContacts(
  scope: TProjectScope,
  filter: TContactExportFilter,
  options: { maxRows?: number } = {},
): Promise<TExportResult> {
  const projectId = scope.project.id;
  const access = fieldAccessOf(scope.subject, "contact");
  assertFilterable("contact", access, filter, ["companyId", "typeId"]);
  // A hidden field is not searched: a match would reveal its value. Names are never hidden.
  const searched = contactSearchFields(access);
  return exportRecords<TRow>(scope, {
    resource: "contact",
    filter,
    ...options,
    access,
    find: async (tx, { take, customValues }) =>
      tx.contact.findMany({
        where: {
          AND: [
            scope.reach("contact", "export"),
            await ownershipWhere(tx, projectId, filter),
            filter.search ? contactMatch("contains", filter.search, searched) : {},
            filter.companyId ? { companyId: filter.companyId } : {},
            filter.typeId ? { typeId: filter.typeId } : {},
          ],
        },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        take,
        select: { ...CONTACT_EXPORT_SELECT, customValues },
      }),
    columns: async (tx, rows) =>
      columnsFor(
        await findVisibleLinks(scope, tx, {
          company: rows.map((row) => row.companyId),
        }),
      ),
  });
}
