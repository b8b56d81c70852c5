import { importPipelineMasterData } from "../../domain/pipelines/import-master-data";
import { projectProcedure, requires } from "../../trpc";
import { ZImportMasterDataInput, ZImportMasterDataOutput } from "./import-master-data.types";

/** Sets up pipelines and stages from a master-data file, all or nothing (G1). */
export const importMasterDataProcedure = projectProcedure
  .use(requires("settings.pipeline", "import"))
  .input(ZImportMasterDataInput)
  .output(ZImportMasterDataOutput)
  .mutation(({ ctx, input }) => importPipelineMasterData(ctx, input));
