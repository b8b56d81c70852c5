import { withRecordCan } from "../../domain/access/record-can";
import { setInvoiceStatus } from "../../domain/invoices/change-invoice";
import { withInvoiceLink } from "../../domain/invoices/invoice-links";
import { projectProcedure, requires } from "../../trpc";
import { ZSetStatusInput, ZSetStatusOutput } from "./set-status.types";

/** Issues, pays or cancels an invoice; a stale version is a CONFLICT and changes nothing. */
export const setStatusProcedure = projectProcedure
  .use(requires("invoice", "edit"))
  .input(ZSetStatusInput)
  .output(ZSetStatusOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "invoice", await withInvoiceLink(ctx, await setInvoiceStatus(ctx, input))),
  );
