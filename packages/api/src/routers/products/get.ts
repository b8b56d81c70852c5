import { findProductOrThrow } from "../../domain/products/list-products";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One product; one outside the subject's reach is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("product", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findProductOrThrow(ctx, input.id));
