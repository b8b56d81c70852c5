import { withRecordCan } from "../../domain/access/record-can";
import { updateDeal } from "../../domain/deals/update-deal";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a deal's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("deal", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) => withRecordCan(ctx, "deal", await updateDeal(ctx, input)));
