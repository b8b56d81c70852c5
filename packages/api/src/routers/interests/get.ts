import { withRecordCan } from "../../domain/access/record-can";
import { findInterestOrThrow } from "../../domain/interests/list-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One interest; one outside the subject's reach is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("interest", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(ctx, "interest", await findInterestOrThrow(ctx, input.id)),
  );
