import { importMasterData, type TMasterData } from "@charter/db/seed";

import type { TProjectScope } from "../access/project-scope";
import type { TPipeline } from "./pipeline-select";
import { listPipelines } from "./pipelines";

/**
 * Sets up pipelines and stages from a master-data file (G1), with the seed's own importer:
 * pipelines and stages are matched on their keys, so an import adds what is missing and
 * leaves what exists (names, order, deals) alone. One transaction: a file that fails half
 * way leaves nothing behind.
 */
export async function importPipelineMasterData(
  scope: TProjectScope,
  data: TMasterData,
): Promise<{ pipelinesCreated: number; stagesCreated: number; pipelines: TPipeline[] }> {
  const projectId = scope.project.id;
  const counts = await scope.db.$transaction(async (tx) => {
    const count = async () => ({
      pipelines: await tx.pipeline.count({ where: { projectId } }),
      stages: await tx.stage.count({ where: { projectId } }),
    });
    const before = await count();
    await importMasterData(tx, projectId, data);
    const after = await count();
    const created = {
      pipelinesCreated: after.pipelines - before.pipelines,
      stagesCreated: after.stages - before.stages,
    };
    await scope.writeAudit(tx, {
      action: "import",
      resource: "settings.pipeline",
      recordId: projectId,
      after: { ...created, format: data.format, keys: data.pipelines.map((each) => each.key) },
    });
    return created;
  });
  return { ...counts, pipelines: await listPipelines(scope) };
}
