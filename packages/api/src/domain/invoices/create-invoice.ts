import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { assertAllowed } from "../access/assert-allowed";
import { findResponsibleOrThrow } from "../companies/responsible-facts";
import { findLinkedCompanyOrThrow } from "../contacts/record-draft";
import { buildInvoiceDraft, findLinkedDealOrThrow } from "./invoice-draft";
import { resolveInvoiceLines, type TLineInput } from "./invoice-lines";
import { allocateInvoiceNumber } from "./invoice-number";
import {
  INVOICE_WITH_LINES_SELECT,
  presentInvoiceWithLines,
  type TInvoiceAnswer,
} from "./invoice-select";

export type TCreateInvoiceInput = {
  companyId: string;
  dealId?: string | undefined;
  currency: string;
  dueAt?: Date | undefined;
  lines: TLineInput[];
};

/**
 * A draft invoice for a company the caller may view (I2), with its lines and totals, the
 * project's next number, the creator as responsible and their sales direction (B3). The engine
 * judges `create` on the invoice as it would be saved; everything is one transaction.
 */
export async function createInvoice(
  scope: TProjectScope,
  input: TCreateInvoiceInput,
): Promise<TInvoiceAnswer> {
  const { subject, project } = scope;
  return scope.db.$transaction(async (tx) => {
    const company = await findLinkedCompanyOrThrow(scope, tx, input.companyId);
    const deal = await findLinkedDealOrThrow(scope, tx, input.dealId);
    const { rows, totals } = await resolveInvoiceLines(tx, subject, input.currency, input.lines);
    const responsible = await findResponsibleOrThrow(
      tx,
      project.id,
      subject.employeeId,
      subject.context.now,
    );
    if (!company)
      throw new AppError(
        "INVALID_INPUT",
        { key: "invoices.chooseCompany" },
        { field: "companyId" },
      );
    assertAllowed(
      subject,
      "create",
      "invoice",
      buildInvoiceDraft({
        projectId: project.id,
        directionId: subject.directionId,
        currency: input.currency,
        totalGross: totals.totalGross,
        company,
        deal,
        responsible,
      }),
    );

    const invoice = await tx.invoice.create({
      data: {
        projectId: project.id,
        number: await allocateInvoiceNumber(tx, project.id, subject.context.now),
        currency: input.currency,
        dueAt: input.dueAt ?? null,
        companyId: company.id,
        dealId: deal?.id ?? null,
        responsibleId: subject.employeeId,
        directionId: subject.directionId,
        totalNet: totals.totalNet,
        totalVat: totals.totalVat,
        totalGross: totals.totalGross,
        lines: { createMany: { data: rows } },
      },
      select: INVOICE_WITH_LINES_SELECT,
    });
    const answer = presentInvoiceWithLines(invoice);
    await scope.writeAudit(tx, {
      action: "create",
      resource: "invoice",
      recordId: invoice.id,
      after: answer,
    });
    return answer;
  });
}
