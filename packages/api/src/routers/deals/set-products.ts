import { withRecordCan } from "../../domain/access/record-can";
import { setDealProducts } from "../../domain/deals/deal-products";
import { projectProcedure, requires } from "../../trpc";
import { ZSetProductsInput, ZSetProductsOutput } from "./set-products.types";

/**
 * Replaces a deal's product lines; with lines, the amount is their total (G2). Needs more
 * than the engine's `edit`: the amount's field access too (FORBIDDEN, rule `field-access`,
 * where a field rule hides it or makes it read-only), which the deal's `can.edit` leaves out.
 */
export const setProductsProcedure = projectProcedure
  .use(requires("deal", "edit"))
  .input(ZSetProductsInput)
  .output(ZSetProductsOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "deal", await setDealProducts(ctx, input)),
  );
