import { listPipelines } from "../../domain/pipelines/pipelines";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** Every pipeline with its stages in order and how many deals sit in each (G1). */
export const listProcedure = projectProcedure
  .use(requires("settings.pipeline", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(({ ctx }) => listPipelines(ctx));
