import { createProduct } from "../../domain/products/write-products";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new product; its SKU is unique in the project. */
export const createProcedure = projectProcedure
  .use(requires("product", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(({ ctx, input }) => createProduct(ctx, input));
