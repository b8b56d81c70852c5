import { findInvoiceOrThrow } from "../../domain/invoices/list-invoices";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One invoice with its lines; an invoice outside the caller's reach is a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("invoice", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findInvoiceOrThrow(ctx, input.id));
