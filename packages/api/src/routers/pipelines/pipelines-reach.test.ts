import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("pipelines: who reads and changes them", () => {
  it("a head of sales reads pipelines but may not change them; a rep may not even read the settings", async () => {
    const db = getDb();
    const stage = await db.stage.findFirstOrThrow({ where: { project: { slug: "charter-b2b" } } });
    const petrov = await callerFor(db, "petrov");
    expect((await petrov.pipelines.list({})).length).toBeGreaterThanOrEqual(2);
    await expect(
      petrov.pipelines.updateStage({
        id: stage.id,
        version: stage.version,
        fields: { name: "Mine" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await callerFor(db, "ivanova")).pipelines.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("[D7] a stage's deal count is over the deals the reader may view, as on their board", async () => {
    const db = getDb();
    const petrov = await callerFor(db, "petrov");
    const [pipeline] = await petrov.pipelines.list({});
    const board = await petrov.deals.board({ pipelineId: pipeline?.id ?? "" });
    const all = await db.deal.count({ where: { pipelineId: pipeline?.id ?? "" } });

    expect(pipeline?.stages.map((stage) => stage.dealCount)).toEqual(
      board.columns.map((column) => column.count),
    );
    expect(pipeline?.stages.reduce((sum, stage) => sum + stage.dealCount, 0)).toBeLessThan(all);
  });

  it("[D7] a stage delete refused for deals the caller cannot see does not count them", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    // Pipeline settings rights without every deal: a custom role an admin might give.
    const role = await db.role.create({
      data: {
        projectId: petrov.projectId,
        name: "Pipeline keeper",
        grants: {
          create: { resource: "settings.pipeline", action: "delete", scope: "project" },
        },
      },
    });
    await db.roleAssignment.create({ data: { employeeId: petrov.id, roleId: role.id } });
    const stage = await db.stage.findFirstOrThrow({
      where: { key: "negotiation", project: { slug: "charter-b2b" } },
    });
    const caller = await callerFor(db, "petrov");
    const [pipeline] = await caller.pipelines.list({});
    const visible = pipeline?.stages.find((each) => each.id === stage.id)?.dealCount ?? 0;
    const sitting = await db.deal.count({ where: { stageId: stage.id } });
    expect(visible).toBeLessThan(sitting);

    const refused = await caller.pipelines
      .deleteStage({ id: stage.id, version: stage.version })
      .then(
        () => {
          throw new Error("expected a refusal");
        },
        (error: unknown) => error as { code: string; message: string },
      );
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect(refused.message).toContain(`${visible} deals you can see and others you cannot`);
    expect(refused.message).not.toContain(String(sitting));
    await expect(db.stage.findUnique({ where: { id: stage.id } })).resolves.not.toBeNull();
  });
});
