import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { COMPANY_SELECT } from "./company-select";
import { staleVersion } from "./update-company";

/**
 * Deletes a company with its audit entry. Contacts, deals and documents keep their rows
 * (their link is cleared); invoices are legal records, so a company with invoices stays.
 */
export async function deleteCompany(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("company", input.id, "delete", tx);
    const before = await tx.company.findUniqueOrThrow({
      where: { id: input.id },
      select: COMPANY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion();
    const invoices = await tx.invoice.count({ where: { companyId: input.id } });
    if (invoices > 0) {
      throw new AppError("CONFLICT", { key: "clients.companyHasInvoices" });
    }
    try {
      await tx.company.delete({ where: { id: input.id, version: input.version } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
        throw staleVersion();
      throw error;
    }
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "company",
      recordId: input.id,
      before,
    });
  });
}
