import type { InvoiceStatus, Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { findLinkedCompanyOrThrow } from "../contacts/record-draft";
import { statusMoveError } from "../status/status-move-error";
import { saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { findLinkedDealOrThrow } from "./invoice-draft";
import { resolveInvoiceLines, type TLineInput } from "./invoice-lines";
import {
  INVOICE_WITH_LINES_SELECT,
  presentInvoiceWithLines,
  type TInvoiceAnswer,
} from "./invoice-select";

/**
 * An invoice's life (I2): a draft is issued or cancelled; an issued invoice is paid or
 * cancelled; paid and cancelled are final. Only a draft's lines and terms change: an issued
 * invoice is a document the client holds, so a correction is a cancellation and a new one.
 */
export const INVOICE_STATUS_MOVES: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  draft: ["issued", "cancelled"],
  issued: ["paid", "cancelled"],
  paid: [],
  cancelled: [],
};

type TTx = Prisma.TransactionClient;
type TStored = Prisma.InvoiceGetPayload<{ select: typeof INVOICE_WITH_LINES_SELECT }>;

/**
 * Loads the invoice for `action` (NOT_FOUND outside view reach, FORBIDDEN with the engine's
 * rule), at the caller's version, then runs the change and audits both sides, in one
 * transaction.
 */
async function changeInvoice(
  scope: TProjectScope,
  input: { id: string; version: number },
  action: "edit" | "delete",
  change: (tx: TTx, before: TStored) => Promise<void>,
): Promise<TInvoiceAnswer | null> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("invoice", input.id, action, tx);
    const before = await tx.invoice.findUniqueOrThrow({
      where: { id: input.id },
      select: INVOICE_WITH_LINES_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("invoice");
    await change(tx, before);
    const after = await tx.invoice.findUnique({
      where: { id: input.id },
      select: INVOICE_WITH_LINES_SELECT,
    });
    const answer = after && presentInvoiceWithLines(after);
    await scope.writeAudit(tx, {
      action: action === "delete" ? "delete" : "update",
      resource: "invoice",
      recordId: input.id,
      before: presentInvoiceWithLines(before),
      after: answer ?? undefined,
    });
    return answer;
  });
}

/** The version the caller read is the only one this write may change. */
async function saveInvoice(
  tx: TTx,
  input: { id: string; version: number },
  data: Prisma.InvoiceUncheckedUpdateInput,
): Promise<void> {
  await saveAtVersion("invoice", () =>
    tx.invoice.update({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    }),
  );
}

function assertDraft(invoice: TStored): void {
  if (invoice.status === "draft") return;
  throw new AppError("CONFLICT", {
    key: "invoices.notDraft",
    params: { number: invoice.number, status: invoice.status },
  });
}

export type TUpdateInvoiceInput = {
  id: string;
  version: number;
  companyId?: string | undefined;
  dealId?: string | null | undefined;
  currency?: string | undefined;
  dueAt?: Date | null | undefined;
  /** Replaces every line; totals are recomputed from them. */
  lines?: TLineInput[] | undefined;
};

/** Changes a draft's terms or lines; totals always follow the lines (I2). */
export async function updateInvoice(
  scope: TProjectScope,
  input: TUpdateInvoiceInput,
): Promise<TInvoiceAnswer> {
  const answer = await changeInvoice(scope, input, "edit", async (tx, before) => {
    assertDraft(before);
    const company = await findLinkedCompanyOrThrow(scope, tx, input.companyId);
    const deal =
      input.dealId === undefined ? undefined : await findLinkedDealOrThrow(scope, tx, input.dealId);
    const currency = input.currency ?? before.currency;
    const data: Prisma.InvoiceUncheckedUpdateInput = {
      currency,
      ...(company ? { companyId: company.id } : {}),
      ...(deal === undefined ? {} : { dealId: deal?.id ?? null }),
      ...(input.dueAt === undefined ? {} : { dueAt: input.dueAt }),
    };
    if (input.lines) {
      const { rows, totals } = await resolveInvoiceLines(tx, scope.subject, currency, input.lines);
      await tx.invoiceLine.deleteMany({ where: { invoiceId: input.id } });
      await tx.invoiceLine.createMany({
        data: rows.map((row) => ({ ...row, invoiceId: input.id })),
      });
      Object.assign(data, {
        totalNet: totals.totalNet,
        totalVat: totals.totalVat,
        totalGross: totals.totalGross,
      });
    }
    await saveInvoice(tx, input, data);
  });
  if (!answer) throw staleVersion("invoice");
  return answer;
}

/**
 * Moves an invoice along its life. Issuing needs at least one line and dates the invoice
 * today unless it is dated already; paying records the moment.
 */
export async function setInvoiceStatus(
  scope: TProjectScope,
  input: { id: string; version: number; status: InvoiceStatus },
): Promise<TInvoiceAnswer> {
  const now = scope.subject.context.now;
  const answer = await changeInvoice(scope, input, "edit", async (tx, before) => {
    const allowed = INVOICE_STATUS_MOVES[before.status];
    if (!allowed.includes(input.status)) {
      throw statusMoveError("invoice", before.status, input.status, allowed);
    }
    if (input.status === "issued" && before.lines.length === 0) {
      throw new AppError("INVALID_INPUT", { key: "invoices.issueNeedsLine" }, { field: "status" });
    }
    await saveInvoice(tx, input, {
      status: input.status,
      ...(input.status === "issued" && !before.issuedAt
        ? {
            issuedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
          }
        : {}),
      ...(input.status === "paid" ? { paidAt: now } : {}),
    });
  });
  if (!answer) throw staleVersion("invoice");
  return answer;
}

/** Deletes a draft; an issued, paid or cancelled invoice is a legal record and stays. */
export async function deleteInvoice(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await changeInvoice(scope, input, "delete", async (tx, before) => {
    if (before.status !== "draft") {
      throw new AppError("CONFLICT", {
        key: "invoices.deleteOnlyDraft",
        params: { number: before.number, status: before.status },
      });
    }
    await saveAtVersion("invoice", () =>
      tx.invoice.delete({ where: { id: input.id, version: input.version } }),
    );
  });
}
