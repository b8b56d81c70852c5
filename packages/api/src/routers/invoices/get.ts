import { withRecordCan } from "../../domain/access/record-can";
import { withInvoiceLink } from "../../domain/invoices/invoice-links";
import { findInvoiceOrThrow } from "../../domain/invoices/list-invoices";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/**
 * One invoice with its lines; an invoice outside the caller's reach is a missing id (D7).
 * `can` is the engine's answer: an issued, paid or cancelled invoice is still refused edits
 * of its lines and deletion (CONFLICT), whatever `can.edit` / `can.delete` say.
 */
export const getProcedure = projectProcedure
  .use(requires("invoice", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "invoice",
      await withInvoiceLink(ctx, await findInvoiceOrThrow(ctx, input.id)),
    ),
  );
