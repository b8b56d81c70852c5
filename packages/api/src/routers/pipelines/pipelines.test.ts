import type { PrismaClient } from "@charter/db/client";
import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

/** The seeded pipelines written back as a master-data file, as an admin would export them. */
async function seededMasterData(db: PrismaClient) {
  const admin = await findPersona(db, "admin");
  const pipelines = await db.pipeline.findMany({
    where: { projectId: admin.projectId, key: { in: ["opportunities", "client_cycle"] } },
    orderBy: { position: "asc" },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  return {
    format: "charter.master-data/1" as const,
    pipelines: pipelines.map((pipeline) => ({
      key: pipeline.key,
      name: pipeline.name,
      kind: pipeline.kind,
      stages: pipeline.stages.map((stage) => ({
        key: stage.key,
        name: stage.name,
        probability: stage.probability,
        outcome: stage.outcome,
      })),
    })),
  };
}

describe("pipelines: settings", () => {
  it("[G1] lists the seeded master data: 10 opportunity stages and 7 client-cycle steps, in order", async () => {
    const pipelines = await (await callerFor(getDb(), "admin")).pipelines.list({});

    expect(pipelines.map((pipeline) => [pipeline.key, pipeline.stages.length])).toEqual([
      ["opportunities", 10],
      ["client_cycle", 7],
    ]);
    expect(pipelines[0]?.stages.map((stage) => stage.key)).toEqual([
      "qualification",
      "needs_analysis",
      "presale",
      "solution_design",
      "proposal",
      "negotiation",
      "contract_review",
      "verbal_commitment",
      "closed_won",
      "closed_lost",
    ]);
    expect(pipelines[0]?.stages.reduce((sum, stage) => sum + stage.dealCount, 0)).toBe(300);
  });

  it("[G1] a pipeline and its stages: create, rename, update, reorder, and a versioned save", async () => {
    const caller = await callerFor(getDb(), "admin");
    const created = await caller.pipelines.createPipeline({ name: "Servis a podpora" });
    expect(created).toMatchObject({ key: "servis_a_podpora", kind: "opportunity", stages: [] });
    const first = await caller.pipelines.createStage({ pipelineId: created.id, name: "Nový" });
    const second = await caller.pipelines.createStage({
      pipelineId: created.id,
      name: "Vyřešeno",
      probability: 100,
      outcome: "won",
    });
    expect([first.position, second.position]).toEqual([0, 1]);

    const renamed = await caller.pipelines.renamePipeline({
      id: created.id,
      version: created.version,
      name: "Support",
    });
    expect(renamed).toMatchObject({ name: "Support", key: "servis_a_podpora" });
    await expect(
      caller.pipelines.renamePipeline({ id: created.id, version: created.version, name: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const reordered = await caller.pipelines.reorderStages({
      pipelineId: created.id,
      version: renamed.version,
      stageIds: [second.id, first.id],
    });
    expect(reordered.stages.map((stage) => stage.id)).toEqual([second.id, first.id]);
    await expect(
      caller.pipelines.reorderStages({
        pipelineId: created.id,
        version: renamed.version,
        stageIds: [first.id, second.id],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.pipelines.reorderStages({
        pipelineId: created.id,
        version: reordered.version,
        stageIds: [first.id],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("stageIds") as unknown,
    });

    const updated = await caller.pipelines.updateStage({
      id: first.id,
      version: first.version + 1,
      fields: { name: "Nový požadavek", probability: 5 },
    });
    expect(updated).toMatchObject({ name: "Nový požadavek", probability: 5 });
    await expect(
      caller.pipelines.updateStage({
        id: first.id,
        version: first.version,
        fields: { probability: 9 },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("[G1] a stage where deals sit is not deleted: the refusal says how many; an empty one is", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const admin = await findPersona(db, "admin");
    const stage = await db.stage.findFirstOrThrow({
      where: { projectId: admin.projectId, key: "negotiation", pipeline: { key: "opportunities" } },
      include: { _count: { select: { deals: true } } },
    });
    expect(stage._count.deals).toBeGreaterThan(1);

    await expect(
      caller.pipelines.deleteStage({ id: stage.id, version: stage.version }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${stage._count.deals} deals sit in the stage "Negotiation"; move them to another stage first.`,
    });
    await expect(db.stage.findUnique({ where: { id: stage.id } })).resolves.not.toBeNull();

    const pipeline = await caller.pipelines.createPipeline({ name: "Short-lived" });
    const one = await caller.pipelines.createStage({ pipelineId: pipeline.id, name: "One" });
    await expect(
      caller.pipelines.deleteStage({ id: one.id, version: one.version }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only stage") as unknown,
    });
    const two = await caller.pipelines.createStage({ pipelineId: pipeline.id, name: "Two" });
    await expect(
      caller.pipelines.deleteStage({ id: two.id, version: two.version }),
    ).resolves.toEqual({
      id: two.id,
    });
    await expect(
      db.auditEntry.count({ where: { recordId: two.id, action: "delete" } }),
    ).resolves.toBe(1);
  });

  it("[G1] a stage's new outcome re-stamps the deals sitting in it", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const stage = await db.stage.findFirstOrThrow({
      where: {
        key: "verbal_commitment",
        pipeline: { key: "opportunities" },
        project: { slug: "charter-b2b" },
      },
    });
    const sitting = await db.deal.count({ where: { stageId: stage.id } });
    expect(sitting).toBeGreaterThan(0);

    await caller.pipelines.updateStage({
      id: stage.id,
      version: stage.version,
      fields: { outcome: "won" },
    });
    await expect(
      db.deal.count({ where: { stageId: stage.id, status: "won", closedAt: { not: null } } }),
    ).resolves.toBe(sitting);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { recordId: stage.id } });
    expect(entry.after).toMatchObject({ outcome: "won", dealsRestamped: sitting });
  });

  it("[G1] the master-data import adds what is missing, leaves what exists, and refuses a malformed file whole", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const admin = await findPersona(db, "admin");
    const before = await db.stage.count({ where: { projectId: admin.projectId } });
    const masterData = await seededMasterData(db);

    await expect(caller.pipelines.importMasterData(masterData)).resolves.toMatchObject({
      pipelinesCreated: 0,
      stagesCreated: 0,
    });
    const added = await caller.pipelines.importMasterData({
      format: "charter.master-data/1",
      pipelines: [
        {
          key: "partner_program",
          name: "Partner programme",
          kind: "client_cycle",
          stages: [
            { key: "applied", name: "Applied", probability: 10 },
            { key: "certified", name: "Certified", probability: 100, outcome: "won" },
          ],
        },
      ],
    });
    expect(added).toMatchObject({ pipelinesCreated: 1, stagesCreated: 2 });
    expect(added.pipelines.map((pipeline) => pipeline.key)).toContain("partner_program");

    // Extra keys, a bad key, an out-of-range probability: refused before anything is written.
    for (const bad of [
      { ...masterData, extra: true },
      {
        format: "charter.master-data/1",
        pipelines: [{ key: "Bad Key", name: "x", kind: "opportunity", stages: [] }],
      },
      {
        format: "charter.master-data/1",
        pipelines: [
          {
            key: "fine",
            name: "Fine",
            kind: "opportunity",
            stages: [{ key: "s", name: "S", probability: 101 }],
          },
        ],
      },
    ]) {
      await expect(caller.pipelines.importMasterData(bad as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(db.stage.count({ where: { projectId: admin.projectId } })).resolves.toBe(
      before + 2,
    );
    await expect(
      db.pipeline.count({ where: { projectId: admin.projectId, key: "fine" } }),
    ).resolves.toBe(0);
  });

  it("[G3] task chains: ordered steps, a named employee must be one of the project's, a save is versioned", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const cerny = await findPersona(db, "cerny");
    const outsider = await findPersona(db, "smirnova", "charter-b2c");
    const stage = await db.stage.findFirstOrThrow({
      where: { key: "proposal", project: { slug: "charter-b2b" } },
    });
    const chain = await caller.pipelines.createTaskChain({
      stageId: stage.id,
      name: "Offer",
      steps: [
        { title: "Write", dueAfterDays: 1, assignTo: "responsible" },
        { title: "Check", dueAfterDays: 2, assignTo: "employee", employeeId: cerny.id },
      ],
    });
    expect(
      chain.steps.map((step) => [step.position, step.title, step.employee?.id ?? null]),
    ).toEqual([
      [0, "Write", null],
      [1, "Check", cerny.id],
    ]);
    await expect(
      caller.pipelines.createTaskChain({
        stageId: stage.id,
        name: "Bad",
        steps: [{ title: "X", dueAfterDays: 0, assignTo: "employee", employeeId: outsider.id }],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("steps.0.employeeId") as unknown,
    });
    await expect(
      caller.pipelines.createTaskChain({
        stageId: stage.id,
        name: "Bad",
        steps: [{ title: "X", dueAfterDays: 0, assignTo: "responsible", employeeId: cerny.id }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const saved = await caller.pipelines.updateTaskChain({
      id: chain.id,
      version: chain.version,
      steps: [{ title: "Only step", dueAfterDays: 3, assignTo: "responsible_manager" }],
    });
    expect(saved.steps.map((step) => step.title)).toEqual(["Only step"]);
    await expect(
      caller.pipelines.updateTaskChain({ id: chain.id, version: chain.version, isActive: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(caller.pipelines.listTaskChains({ stageId: stage.id })).resolves.toHaveLength(1);
    await caller.pipelines.deleteTaskChain({ id: chain.id, version: saved.version });
    await expect(caller.pipelines.listTaskChains({ stageId: stage.id })).resolves.toHaveLength(0);
  });
});
