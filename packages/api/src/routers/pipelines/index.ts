import { createTRPCRouter } from "../../trpc";
import { createPipelineProcedure } from "./create-pipeline";
import { createStageProcedure } from "./create-stage";
import { createTaskChainProcedure } from "./create-task-chain";
import { deleteStageProcedure } from "./delete-stage";
import { deleteTaskChainProcedure } from "./delete-task-chain";
import { importMasterDataProcedure } from "./import-master-data";
import { listProcedure } from "./list";
import { listTaskChainsProcedure } from "./list-task-chains";
import { renamePipelineProcedure } from "./rename-pipeline";
import { reorderStagesProcedure } from "./reorder-stages";
import { updateStageProcedure } from "./update-stage";
import { updateTaskChainProcedure } from "./update-task-chain";

/** Pipeline settings (SPEC G1, G3), all under the `settings.pipeline` resource. */
export const pipelinesRouter = createTRPCRouter({
  list: listProcedure,
  createPipeline: createPipelineProcedure,
  renamePipeline: renamePipelineProcedure,
  createStage: createStageProcedure,
  updateStage: updateStageProcedure,
  reorderStages: reorderStagesProcedure,
  deleteStage: deleteStageProcedure,
  importMasterData: importMasterDataProcedure,
  listTaskChains: listTaskChainsProcedure,
  createTaskChain: createTaskChainProcedure,
  updateTaskChain: updateTaskChainProcedure,
  deleteTaskChain: deleteTaskChainProcedure,
});
