import { updateProduct } from "../../domain/products/write-products";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a product (reactivating it too), refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("product", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(({ ctx, input }) => updateProduct(ctx, input));
