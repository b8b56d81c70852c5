import { withRecordCan } from "../../domain/access/record-can";
import { createInvoice } from "../../domain/invoices/create-invoice";
import { withInvoiceLink } from "../../domain/invoices/invoice-links";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A draft invoice with the project's next number and totals from its lines (I2). */
export const createProcedure = projectProcedure
  .use(requires("invoice", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "invoice", await withInvoiceLink(ctx, await createInvoice(ctx, input))),
  );
