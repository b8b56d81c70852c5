import { withRecordCan } from "../../domain/access/record-can";
import { createDeal } from "../../domain/deals/create-deal";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new deal, stamped with the creator's sales direction (B3); its stage's chains fire. */
export const createProcedure = projectProcedure
  .use(requires("deal", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) => withRecordCan(ctx, "deal", await createDeal(ctx, input)));
