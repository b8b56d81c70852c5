import { withRecordCan } from "../../domain/access/record-can";
import { updateInvoice } from "../../domain/invoices/change-invoice";
import { withInvoiceLink } from "../../domain/invoices/invoice-links";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Changes a draft invoice's terms or lines; issued invoices are refused with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("invoice", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "invoice", await withInvoiceLink(ctx, await updateInvoice(ctx, input))),
  );
