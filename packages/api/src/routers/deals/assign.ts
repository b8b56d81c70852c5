import { withRecordCan } from "../../domain/access/record-can";
import { assignDeal } from "../../domain/deals/assign-deal";
import { projectProcedure, requires } from "../../trpc";
import { ZAssignInput, ZAssignOutput } from "./assign.types";

/** Changes a deal's responsible; needs the `assign` right on it. */
export const assignProcedure = projectProcedure
  .use(requires("deal", "assign"))
  .input(ZAssignInput)
  .output(ZAssignOutput)
  .mutation(async ({ ctx, input }) => withRecordCan(ctx, "deal", await assignDeal(ctx, input)));
