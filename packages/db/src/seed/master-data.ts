import { z } from "zod";
import type { Prisma } from "../client";
import { stableId } from "./stable-id";

// The master-data JSON (G1): pipelines and their stages, imported as a whole.
export const ZMasterData = z.strictObject({
  format: z.literal("charter.master-data/1"),
  pipelines: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-z0-9_]*$/),
        name: z.string().min(1),
        kind: z.enum(["opportunity", "client_cycle"]),
        stages: z
          .array(
            z.strictObject({
              key: z.string().regex(/^[a-z][a-z0-9_]*$/),
              name: z.string().min(1),
              probability: z.number().int().min(0).max(100),
              outcome: z.enum(["open", "won", "lost"]).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type TMasterData = z.infer<typeof ZMasterData>;

// Idempotent: a pipeline or stage that already exists under its key is left as it is.
export async function importMasterData(
  tx: Prisma.TransactionClient,
  projectId: string,
  data: TMasterData,
): Promise<void> {
  const master = ZMasterData.parse(data);
  await tx.pipeline.createMany({
    skipDuplicates: true,
    data: master.pipelines.map((pipeline, position) => ({
      id: stableId(`pipeline:${projectId}:${pipeline.key}`),
      projectId,
      key: pipeline.key,
      name: pipeline.name,
      kind: pipeline.kind,
      position,
    })),
  });
  const pipelines = await tx.pipeline.findMany({
    where: { projectId },
    select: { id: true, key: true },
  });
  const pipelineIds = new Map(pipelines.map((pipeline) => [pipeline.key, pipeline.id]));
  await tx.stage.createMany({
    skipDuplicates: true,
    data: master.pipelines.flatMap((pipeline) =>
      pipeline.stages.map((stage, position) => {
        const pipelineId = pipelineIds.get(pipeline.key);
        if (!pipelineId) throw new Error(`Pipeline ${pipeline.key} was not created.`);
        return {
          id: stableId(`stage:${pipelineId}:${stage.key}`),
          projectId,
          pipelineId,
          key: stage.key,
          name: stage.name,
          position,
          probability: stage.probability,
          outcome: stage.outcome ?? "open",
        };
      }),
    ),
  });
}
