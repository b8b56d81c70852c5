import type { TProjectScope } from "../access/project-scope";
import { changeAtVersion } from "../versioning/versioned-change";
import {
  deriveKey,
  pipelineSelect,
  pipelineNotFound,
  presentPipeline,
  type TPipeline,
} from "./pipeline-select";

const RESOURCE = "settings.pipeline";

/** Every pipeline of the project with its stages in order (G1). */
export async function listPipelines(scope: TProjectScope): Promise<TPipeline[]> {
  const rows = await scope.db.pipeline.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: pipelineSelect(scope.reach("deal", "view")),
  });
  return rows.map(presentPipeline);
}

export async function findPipelineOrThrow(scope: TProjectScope, id: string): Promise<TPipeline> {
  const row = await scope.db.pipeline.findFirst({
    where: { id, projectId: scope.project.id },
    select: pipelineSelect(scope.reach("deal", "view")),
  });
  if (!row) throw pipelineNotFound("pipeline");
  return presentPipeline(row);
}

/** A new, empty pipeline after the others; its key comes from its name. */
export async function createPipeline(
  scope: TProjectScope,
  input: { name: string; kind: "opportunity" | "client_cycle" },
): Promise<TPipeline> {
  const projectId = scope.project.id;
  return scope.db.$transaction(async (tx) => {
    const existing = await tx.pipeline.findMany({
      where: { projectId },
      select: { key: true, position: true },
    });
    const row = await tx.pipeline.create({
      data: {
        projectId,
        name: input.name,
        kind: input.kind,
        key: deriveKey(input.name, new Set(existing.map((pipeline) => pipeline.key))),
        position: Math.max(-1, ...existing.map((pipeline) => pipeline.position)) + 1,
      },
      select: pipelineSelect(scope.reach("deal", "view")),
    });
    const after = presentPipeline(row);
    await scope.writeAudit(tx, { action: "create", resource: RESOURCE, recordId: row.id, after });
    return after;
  });
}

/** Renames a pipeline; its key (what imports match on) stays. */
export async function renamePipeline(
  scope: TProjectScope,
  input: { id: string; version: number; name: string },
): Promise<TPipeline> {
  return scope.db.$transaction(async (tx) => {
    const read = async () => {
      const row = await tx.pipeline.findFirst({
        where: { id: input.id, projectId: scope.project.id },
        select: pipelineSelect(scope.reach("deal", "view")),
      });
      if (!row) throw pipelineNotFound("pipeline");
      return presentPipeline(row);
    };
    const { after } = await changeAtVersion(scope, tx, {
      resource: RESOURCE,
      noun: "pipeline",
      id: input.id,
      version: input.version,
      read,
      write: async () =>
        presentPipeline(
          await tx.pipeline.update({
            where: { id: input.id, version: input.version },
            data: { name: input.name, version: { increment: 1 } },
            select: pipelineSelect(scope.reach("deal", "view")),
          }),
        ),
    });
    return after;
  });
}
