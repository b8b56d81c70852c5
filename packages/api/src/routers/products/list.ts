import { listProducts } from "../../domain/products/list-products";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The product catalogue (G2), newest change first, searchable by SKU and name. */
export const listProcedure = projectProcedure
  .use(requires("product", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx, input }) => listProducts(ctx, input));
