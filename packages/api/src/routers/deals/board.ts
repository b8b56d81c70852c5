import { findBoard } from "../../domain/deals/board";
import { projectProcedure, requires } from "../../trpc";
import { ZBoardInput, ZBoardOutput } from "./board.types";

/** The kanban: each stage's first deals, with the count and amount sums the caller may see. */
export const boardProcedure = projectProcedure
  .use(requires("deal", "view"))
  .input(ZBoardInput)
  .output(ZBoardOutput)
  .query(({ ctx, input }) => findBoard(ctx, input));
