import { deleteInvoice } from "../../domain/invoices/change-invoice";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a draft invoice; anything already issued is refused with CONFLICT. */
export const deleteProcedure = projectProcedure
  .use(requires("invoice", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteInvoice(ctx, input);
    return { id: input.id };
  });
