import type { Action } from "@charter/core/engine";

import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";
import { pipelineFixture, stageFixture, taskChainFixture } from "../deals/deal-fixtures";

// Pipelines, stages and task chains are settings, judged on the resource.
const settings = (action: Action, fixture: TFixtureFactory | undefined, fresh: boolean) =>
  ({ action, resource: "settings.pipeline", judge: "reach", fixture, fresh }) as const;

const step = { title: "Call the client", dueAfterDays: 2, assignTo: "responsible" } as const;

export const PIPELINE_CASES: TAccessCases = {
  "pipelines.list": {
    ...settings("view", undefined, false),
    call: (caller) => caller.pipelines.list({}),
  },
  "pipelines.createPipeline": {
    ...settings("create", undefined, false),
    call: (caller) => caller.pipelines.createPipeline({ name: "Matrix" }),
  },
  "pipelines.renamePipeline": {
    ...settings("edit", pipelineFixture, true),
    call: (caller, p) =>
      caller.pipelines.renamePipeline({ id: p.id, version: p.version, name: "Renamed" }),
  },
  "pipelines.createStage": {
    ...settings("create", pipelineFixture, false),
    call: (caller, p) => caller.pipelines.createStage({ pipelineId: p.id, name: "Extra" }),
  },
  "pipelines.updateStage": {
    ...settings("edit", stageFixture, true),
    call: (caller, s) =>
      caller.pipelines.updateStage({ id: s.id, version: s.version, fields: { probability: 40 } }),
  },
  "pipelines.reorderStages": {
    ...settings("edit", pipelineFixture, true),
    call: async (caller, p, { db }) => {
      const stages = await db.stage.findMany({
        where: { pipelineId: p.id },
        orderBy: { position: "desc" },
        select: { id: true },
      });
      return caller.pipelines.reorderStages({
        pipelineId: p.id,
        version: p.version,
        stageIds: stages.map((stage) => stage.id),
      });
    },
  },
  "pipelines.deleteStage": {
    ...settings("delete", stageFixture, true),
    call: (caller, s) => caller.pipelines.deleteStage({ id: s.id, version: s.version }),
  },
  "pipelines.importMasterData": {
    ...settings("import", undefined, false),
    call: (caller) =>
      caller.pipelines.importMasterData({
        format: "charter.master-data/1",
        pipelines: [
          {
            key: "matrix_import",
            name: "Matrix import",
            kind: "opportunity",
            stages: [{ key: "first", name: "First", probability: 10 }],
          },
        ],
      }),
  },
  "pipelines.listTaskChains": {
    ...settings("view", undefined, false),
    call: (caller) => caller.pipelines.listTaskChains({}),
  },
  "pipelines.createTaskChain": {
    ...settings("create", stageFixture, false),
    call: (caller, s) =>
      caller.pipelines.createTaskChain({ stageId: s.id, name: "Matrix", steps: [step] }),
  },
  "pipelines.updateTaskChain": {
    ...settings("edit", taskChainFixture, true),
    call: (caller, c) =>
      caller.pipelines.updateTaskChain({ id: c.id, version: c.version, isActive: false }),
  },
  "pipelines.deleteTaskChain": {
    ...settings("delete", taskChainFixture, true),
    call: (caller, c) => caller.pipelines.deleteTaskChain({ id: c.id, version: c.version }),
  },
};
