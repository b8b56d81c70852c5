import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("deals: hostile input", () => {
  it("search with SQL and LIKE metacharacters matches titles literally, in list, count and board", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const caller = await callerFor(db, "admin");
    await caller.deals.create({ title: "100% Pure_Water' deal \\x", currency: "CZK" });
    const titles = (
      await db.deal.findMany({ where: { projectId: admin.projectId }, select: { title: true } })
    ).map((deal) => deal.title.toLowerCase());
    const literal = (search: string) =>
      titles.filter((title) => title.includes(search.toLowerCase())).length;

    for (const search of ["%", "_", "\\", '\'; drop table "Deal"; --', "% pure_", "%%_"]) {
      const { count } = await caller.deals.count({ search });
      const { items } = await caller.deals.list({ search, limit: 100 });
      const board = await caller.deals.board({ search });
      const onBoard = board.columns.reduce((total, column) => total + column.count, 0);
      expect({ search, count, listed: items.length, onBoard }).toEqual({
        search,
        count: literal(search),
        listed: literal(search),
        onBoard: literal(search),
      });
    }
    await expect(caller.deals.count({ search: "% pure_" })).resolves.toEqual({ count: 1 });
    await expect(db.deal.count()).resolves.toBeGreaterThan(300);
  });

  it("extra keys, operator objects, malformed money and cursors are refused before any query", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const deal = await db.deal.findFirstOrThrow({ where: { project: { slug: "charter-b2b" } } });
    const before = await db.deal.count();
    const refusals = [
      () =>
        caller.deals.create({
          title: "Sneaky",
          currency: "CZK",
          projectId: crypto.randomUUID(),
        } as never),
      () => caller.deals.create({ title: "Sneaky", currency: "CZK", status: "won" } as never),
      () => caller.deals.create({ title: "Sneaky", currency: "czk" }),
      () => caller.deals.create({ title: "Sneaky", currency: "CZK", amount: "1e9" }),
      () => caller.deals.create({ title: "Sneaky", currency: "CZK", amount: "-5" }),
      () => caller.deals.create({ title: "x".repeat(201), currency: "CZK" }),
      () =>
        caller.deals.update({
          id: deal.id,
          version: deal.version,
          fields: { stageId: crypto.randomUUID() } as never,
        }),
      () =>
        caller.deals.update({
          id: deal.id,
          version: deal.version,
          fields: { responsibleId: crypto.randomUUID() } as never,
        }),
      () => caller.deals.list({ search: { contains: "" } as unknown as string }),
      () => caller.deals.list({ cursor: "not-a-cursor" }),
      () => caller.deals.list({ limit: 10_000 }),
      () => caller.deals.board({ perStage: 1_000 }),
      () => caller.deals.get({ id: "1 OR 1=1" }),
      () =>
        caller.deals.setProducts({
          id: deal.id,
          version: deal.version,
          lines: [{ productId: crypto.randomUUID(), quantity: "0" }],
        }),
      () =>
        caller.deals.setProducts({
          id: deal.id,
          version: deal.version,
          lines: [{ productId: crypto.randomUUID(), quantity: "1", discount: "150" }],
        }),
    ];
    for (const attempt of refusals) {
      await expect(attempt()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(db.deal.count()).resolves.toBe(before);
    await expect(db.deal.findUniqueOrThrow({ where: { id: deal.id } })).resolves.toMatchObject({
      version: deal.version,
    });
  });

  it("a stage or pipeline of another project is refused as unknown", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const foreign = await db.stage.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    const deal = await db.deal.findFirstOrThrow({ where: { project: { slug: "charter-b2b" } } });

    await expect(
      caller.deals.create({ title: "Elsewhere", currency: "CZK", stageId: foreign.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^stageId: /) as unknown,
    });
    await expect(
      caller.deals.moveStage({ id: deal.id, version: deal.version, stageId: foreign.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.deals.board({ pipelineId: foreign.pipelineId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
