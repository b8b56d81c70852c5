import { withRecordCan } from "../../domain/access/record-can";
import { assignInterest } from "../../domain/interests/write-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZAssignInput, ZAssignOutput } from "./assign.types";

/** Changes an interest's responsible; needs the `assign` right on it. */
export const assignProcedure = projectProcedure
  .use(requires("interest", "assign"))
  .input(ZAssignInput)
  .output(ZAssignOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "interest", await assignInterest(ctx, input)),
  );
