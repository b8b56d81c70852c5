import { findInterestOrThrow } from "../../domain/interests/list-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One interest; one outside the subject's reach is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("interest", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findInterestOrThrow(ctx, input.id));
