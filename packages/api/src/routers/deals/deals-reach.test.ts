import { decide } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { loadSubject } from "../../domain/subject/load-subject";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, opportunityStages } from "./deals-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;

async function listAll(caller: TCaller, filter: { pipelineId?: string; search?: string } = {}) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await caller.deals.list({ limit: 41, ...filter, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The engine's own verdict, deal by deal: the oracle the queries must agree with. */
async function viewableByEngine(db: PrismaClient, personaName: string, pipelineId: string) {
  const persona = await findPersona(db, personaName);
  const loaded = await loadSubject(db, {
    employeeId: persona.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded) throw new Error("no subject");
  const rows = await db.deal.findMany({
    where: { pipelineId },
    select: { ...engineRecordSelect("deal"), id: true, amount: true, stageId: true },
  });
  return rows.filter((row) => decide(loaded.subject, "view", "deal", toEngineRecord(row)).allowed);
}

function sumsByStage(deals: { stage: { id: string }; amount?: string; currency: string }[]) {
  const sums = new Map<string, { count: number; cents: bigint }>();
  for (const deal of deals) {
    const entry = sums.get(deal.stage.id) ?? { count: 0, cents: 0n };
    entry.count += 1;
    entry.cents += BigInt(Math.round(Number(deal.amount ?? "0") * 100));
    sums.set(deal.stage.id, entry);
  }
  return sums;
}

describe("deals: reach in lists, the board and lookups", () => {
  it("[D7][G6] board counts and sums are over exactly the deals the engine lets the caller view, and equal the list's", async () => {
    const db = getDb();
    const { pipeline } = await opportunityStages(db);
    for (const persona of ["petrov", "prochazka", "admin"]) {
      const caller = await callerFor(db, persona);
      const board = await caller.deals.board({ pipelineId: pipeline.id, perStage: 3 });
      const listed = await listAll(caller, { pipelineId: pipeline.id });
      const oracle = await viewableByEngine(db, persona, pipeline.id);

      expect(new Set(listed.map((deal) => deal.id))).toEqual(new Set(oracle.map((row) => row.id)));
      const fromList = sumsByStage(listed);
      for (const column of board.columns) {
        const expected = fromList.get(column.id) ?? { count: 0, cents: 0n };
        expect({ persona, stage: column.name, count: column.count }).toEqual({
          persona,
          stage: column.name,
          count: expected.count,
        });
        const cents = (column.sums ?? []).reduce(
          (total, sum) => total + BigInt(Math.round(Number(sum.amount) * 100)),
          0n,
        );
        expect(cents).toBe(expected.cents);
        expect(column.deals.length).toBe(Math.min(3, expected.count));
        expect(column.deals.every((deal) => deal.stage.id === column.id)).toBe(true);
      }
      expect(board.columns.map((column) => column.id)).toEqual(
        pipeline.stages.map((stage) => stage.id),
      );
    }
    const all = await db.deal.count({ where: { pipelineId: pipeline.id } });
    const petrovs = await viewableByEngine(db, "petrov", pipeline.id);
    expect(petrovs.length).toBeGreaterThan(0);
    expect(petrovs.length).toBeLessThan(all);
  });

  it("[D7] a deal outside reach is the same NOT_FOUND as a missing id on get, update and moveStage", async () => {
    const db = getDb();
    const { byKey } = await opportunityStages(db);
    const dvorakova = await findPersona(db, "dvorakova");
    const theirs = await db.deal.findFirstOrThrow({
      where: { responsibleId: dvorakova.id, stage: { key: "qualification" } },
    });
    const caller = await callerFor(db, "petrov");
    const missing = await catchError(caller.deals.get({ id: crypto.randomUUID() }));

    for (const attempt of [
      () => caller.deals.get({ id: theirs.id }),
      () =>
        caller.deals.update({ id: theirs.id, version: theirs.version, fields: { title: "Mine" } }),
      () =>
        caller.deals.moveStage({
          id: theirs.id,
          version: theirs.version,
          stageId: byKey("proposal").id,
        }),
      () => caller.deals.setProducts({ id: theirs.id, version: theirs.version, lines: [] }),
    ]) {
      const error = await catchError(attempt());
      expect({ code: error.code, message: error.message }).toEqual({
        code: "NOT_FOUND",
        message: missing.message,
      });
    }
    await expect(db.deal.findUniqueOrThrow({ where: { id: theirs.id } })).resolves.toMatchObject({
      title: theirs.title,
      stageId: theirs.stageId,
      version: theirs.version,
    });
    const titled = await caller.deals.list({ search: theirs.title, limit: 100 });
    expect(titled.items.map((deal) => deal.id)).not.toContain(theirs.id);
    const board = await caller.deals.board({ search: theirs.title });
    expect(board.columns.flatMap((column) => column.deals).map((deal) => deal.id)).not.toContain(
      theirs.id,
    );
  });

  it("[D6] the partner account manager sees and edits deals their partner brought, in any direction; others of their direction only read", async () => {
    const db = getDb();
    const { byKey } = await opportunityStages(db);
    const prochazka = await findPersona(db, "prochazka");
    const hardware = (await db.employee.findUniqueOrThrow({ where: { id: prochazka.id } }))
      .directionId;
    const partner = await db.company.findFirstOrThrow({
      where: { responsibleId: prochazka.id, isPartner: true },
    });
    const outsider = await db.deal.findFirstOrThrow({
      where: {
        projectId: prochazka.projectId,
        NOT: { directionId: hardware },
        partnerId: null,
        stage: { key: "qualification" },
      },
    });
    // A deal of another direction that the PAM's partner brought.
    const brought = await db.deal.update({
      where: { id: outsider.id },
      data: { partnerId: partner.id },
    });
    const sameDirection = await db.deal.findFirstOrThrow({
      where: {
        directionId: hardware,
        OR: [{ partnerId: null }, { partner: { responsibleId: { not: prochazka.id } } }],
      },
    });
    const stranger = await db.deal.findFirstOrThrow({
      where: {
        projectId: prochazka.projectId,
        NOT: [{ directionId: hardware }, { id: outsider.id }],
        OR: [{ partnerId: null }, { partner: { responsibleId: { not: prochazka.id } } }],
      },
    });
    const caller = await callerFor(db, "prochazka");

    await expect(caller.deals.get({ id: brought.id })).resolves.toMatchObject({
      partner: { id: partner.id, name: partner.name },
    });
    const saved = await caller.deals.update({
      id: brought.id,
      version: brought.version,
      fields: { title: "Partner's opportunity" },
    });
    const moved = await caller.deals.moveStage({
      id: brought.id,
      version: saved.version,
      stageId: byKey("negotiation").id,
    });
    expect(moved.deal).toMatchObject({
      title: "Partner's opportunity",
      stage: { name: "Negotiation" },
    });
    // Taking their partner off the deal would leave it outside what they may edit: refused.
    await expect(
      caller.deals.update({
        id: brought.id,
        version: moved.deal.version,
        fields: { partnerId: null },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(caller.deals.get({ id: sameDirection.id })).resolves.toMatchObject({
      id: sameDirection.id,
    });
    await expect(
      caller.deals.update({
        id: sameDirection.id,
        version: sameDirection.version,
        fields: { title: "Not mine" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.deals.get({ id: stranger.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("pages are stable: newest change first, no deal twice, none skipped", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const items = await listAll(await callerFor(db, "admin"));

    expect(items).toHaveLength(await db.deal.count({ where: { projectId: admin.projectId } }));
    expect(new Set(items.map((deal) => deal.id)).size).toBe(items.length);
    const keys = items.map((deal) => `${deal.updatedAt.toISOString()}|${deal.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});
