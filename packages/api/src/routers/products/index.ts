import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { deactivateProcedure } from "./deactivate";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { updateProcedure } from "./update";

/** The product catalogue (SPEC G2), under the `product` resource. */
export const productsRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  deactivate: deactivateProcedure,
});
