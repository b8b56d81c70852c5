import { withRecordCan } from "../../domain/access/record-can";
import { moveDealStage } from "../../domain/deals/move-stage";
import { projectProcedure, requires } from "../../trpc";
import { ZMoveStageInput, ZMoveStageOutput } from "./move-stage.types";

/**
 * Moves a deal to a stage (G6). An edit judged on the deal before and after the move, so a
 * stage right (a grant condition on `deal.stageId`) refuses a move into a stage outside it.
 * The deal's `can.edit` is judged where it stands, so it cannot promise every target stage.
 */
export const moveStageProcedure = projectProcedure
  .use(requires("deal", "edit"))
  .input(ZMoveStageInput)
  .output(ZMoveStageOutput)
  .mutation(async ({ ctx, input }) => {
    const moved = await moveDealStage(ctx, input);
    return { ...moved, deal: await withRecordCan(ctx, "deal", moved.deal) };
  });
