import { listInvoices } from "../../domain/invoices/list-invoices";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The invoices the caller may view, newest change first, filtered, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("invoice", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listInvoices(ctx, input));
