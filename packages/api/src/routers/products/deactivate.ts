import { updateProduct } from "../../domain/products/write-products";
import { projectProcedure, requires } from "../../trpc";
import { ZDeactivateInput, ZDeactivateOutput } from "./deactivate.types";

/**
 * Takes a product out of sale: it can no longer be picked on deals and interests; the lines
 * that already name it keep it. Products are never deleted, invoices point at them.
 */
export const deactivateProcedure = projectProcedure
  .use(requires("product", "edit"))
  .input(ZDeactivateInput)
  .output(ZDeactivateOutput)
  .mutation(({ ctx, input }) =>
    updateProduct(ctx, {
      id: input.id,
      version: input.version,
      fields: { isActive: false },
      action: "deactivate",
    }),
  );
