import { setDealProducts } from "../../domain/deals/deal-products";
import { projectProcedure, requires } from "../../trpc";
import { ZSetProductsInput, ZSetProductsOutput } from "./set-products.types";

/** Replaces a deal's product lines; with lines, the amount is their total (G2). */
export const setProductsProcedure = projectProcedure
  .use(requires("deal", "edit"))
  .input(ZSetProductsInput)
  .output(ZSetProductsOutput)
  .mutation(({ ctx, input }) => setDealProducts(ctx, input));
