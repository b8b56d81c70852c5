import type { EngineRecord } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import type { findResponsibleOrThrow } from "../companies/responsible-facts";
import { buildRecordDraft } from "../contacts/record-draft";

/** A deal named on an invoice must be one the caller may view in this project. */
export async function findLinkedDealOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  dealId: string | null | undefined,
): Promise<{ id: string; responsibleId: string } | null> {
  if (!dealId) return null;
  const deal = await db.deal.findFirst({
    where: { AND: [{ id: dealId, projectId: scope.project.id }, scope.reach("deal", "view")] },
    select: { id: true, responsibleId: true },
  });
  if (!deal) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "access.pickFromList", params: { thing: "deal" } },
      { field: "dealId" },
    );
  }
  return deal;
}

/** An invoice as the engine would see it once saved (conditions may read its total). */
export function buildInvoiceDraft(input: {
  projectId: string;
  directionId: string | null;
  currency: string;
  totalGross: Prisma.Decimal;
  company: { id: string; responsibleId: string };
  deal: { id: string; responsibleId: string } | null;
  responsible: Awaited<ReturnType<typeof findResponsibleOrThrow>>;
}): EngineRecord {
  const { typeId: _noType, ...record } = buildRecordDraft({ ...input, typeId: null });
  return {
    ...record,
    status: "draft",
    currency: input.currency,
    totalGross: input.totalGross.toNumber(),
    dealId: input.deal?.id ?? null,
    deal: input.deal ? { responsibleId: input.deal.responsibleId } : null,
  };
}
