import type { DealStatus, Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { findVisibleLinks, type TVisibleLinks } from "../access/visible-links";
import {
  builtInAccess,
  day,
  ownedRecordColumns,
  OWNED_RECORD_SELECT,
  text,
  type TColumn,
} from "./export-columns";
import {
  assertFilterable,
  ownershipWhere,
  searchWhere,
  type TOwnershipFilter,
} from "./export-filters";
import { exportRecords } from "./export-records";
import type { TExportResult } from "./run-export";

export type TDealExportFilter = TOwnershipFilter & {
  search?: string | undefined;
  pipelineId?: string | undefined;
  stageId?: string | undefined;
  status?: DealStatus | undefined;
};

const DEAL_EXPORT_SELECT = {
  id: true,
  title: true,
  status: true,
  amount: true,
  currency: true,
  expectedCloseAt: true,
  closedAt: true,
  companyId: true,
  contactId: true,
  partnerId: true,
  pipeline: { select: { name: true } },
  stage: { select: { name: true } },
  ...OWNED_RECORD_SELECT,
} as const satisfies Prisma.DealSelect;

type TRow = Prisma.DealGetPayload<{ select: typeof DEAL_EXPORT_SELECT }>;

// Every data column a field rule may hide (the Telephonist's amount among them).
const HIDEABLE = [
  "pipelineId",
  "stageId",
  "status",
  "amount",
  "currency",
  "expectedCloseAt",
  "closedAt",
  "companyId",
  "contactId",
  "partnerId",
];

function columnsFor(links: TVisibleLinks): TColumn<TRow>[] {
  // A linked record outside the caller's view reach exports as no link at all.
  return [
    { header: "id", cell: (row) => row.id },
    { header: "title", cell: (row) => row.title },
    { header: "pipeline", field: "pipelineId", cell: (row) => row.pipeline.name },
    { header: "stage", field: "stageId", cell: (row) => row.stage.name },
    { header: "status", field: "status", cell: (row) => row.status },
    { header: "amount", field: "amount", cell: (row) => row.amount.toFixed(2) },
    { header: "currency", field: "currency", cell: (row) => row.currency },
    {
      header: "expectedCloseAt",
      field: "expectedCloseAt",
      cell: (row) => day(row.expectedCloseAt),
    },
    { header: "closedAt", field: "closedAt", cell: (row) => text(row.closedAt) },
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
    {
      header: "contactId",
      field: "contactId",
      cell: (row) => text(links.contact(row.contactId)?.id),
    },
    {
      header: "contact",
      field: "contactId",
      cell: (row) => text(links.contact(row.contactId)?.name),
    },
    {
      header: "partnerId",
      field: "partnerId",
      cell: (row) => text(links.company(row.partnerId)?.id),
    },
    {
      header: "partner",
      field: "partnerId",
      cell: (row) => text(links.company(row.partnerId)?.name),
    },
    ...ownedRecordColumns<TRow>(),
  ];
}

/**
 * The deals the subject may export, narrowed by their filter, as CSV without the fields and
 * custom sections hidden from them (a hidden amount is not even a column); linked companies
 * and contacts only when the subject may view them. Audited.
 */
export async function exportDeals(
  scope: TProjectScope,
  filter: TDealExportFilter,
  options: { maxRows?: number } = {},
): Promise<TExportResult> {
  const projectId = scope.project.id;
  const access = builtInAccess(scope.subject, "deal", HIDEABLE);
  assertFilterable("deal", access, filter, ["pipelineId", "stageId", "status"]);
  return exportRecords<TRow>(scope, {
    resource: "deal",
    filter,
    ...options,
    access,
    find: async (tx, { take, customValues }) =>
      tx.deal.findMany({
        where: {
          AND: [
            scope.reach("deal", "export"),
            await ownershipWhere(tx, projectId, filter),
            searchWhere(filter.search, ["title"]),
            filter.pipelineId ? { pipelineId: filter.pipelineId } : {},
            filter.stageId ? { stageId: filter.stageId } : {},
            filter.status ? { status: filter.status } : {},
          ],
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { ...DEAL_EXPORT_SELECT, customValues },
      }),
    columns: async (tx, rows) =>
      columnsFor(
        await findVisibleLinks(scope, tx, {
          company: rows.flatMap((row) => [row.companyId, row.partnerId]),
          contact: rows.map((row) => row.contactId),
        }),
      ),
  });
}
