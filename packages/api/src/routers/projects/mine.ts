import { listMyProjects } from "../../domain/projects/my-projects";
import { authedProcedure } from "../../trpc";
import { ZMineInput, ZMineOutput } from "./mine.types";

/** The projects the signed-in user works in (A1), the one this session acts in marked. */
export const mineProcedure = authedProcedure
  .input(ZMineInput)
  .output(ZMineOutput)
  .query(({ ctx }) => listMyProjects(ctx));
