import { decide } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { beforeAll, describe, expect, it } from "vitest";

import { DEAL_SORT_KEYS, type TDealSort, type TDealSortKey } from "../../domain/deals/deal-sort";
import { loadSubject } from "../../domain/subject/load-subject";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, createDealsToSort, opportunityStages } from "./deals-test-kit";

const getDb = useSeededDatabase();
const TOKEN = `Sorted ${crypto.randomUUID().slice(0, 8)}`;
const DIRECTIONS = ["asc", "desc"] as const;

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TSortInput = { by: TDealSortKey; direction: "asc" | "desc" } | undefined;

async function listInPages(caller: TCaller, sort: TSortInput, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.deals.list({ search: TOKEN, limit, sort, cursor });
    ids.push(...page.items.map((deal) => deal.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** The token's deals as stored, with each order's key, read without the code under test. */
async function storedDeals(db: PrismaClient) {
  const admin = await findPersona(db, "admin");
  // Names in the database's own collation, the one the list orders them by.
  const names = (
    await db.employee.findMany({
      where: { projectId: admin.projectId },
      orderBy: { name: "asc" },
      select: { name: true },
    })
  ).map((employee) => employee.name);
  const rows = await db.deal.findMany({
    where: { title: { startsWith: TOKEN } },
    select: {
      id: true,
      title: true,
      amount: true,
      expectedCloseAt: true,
      updatedAt: true,
      stageId: true,
      responsibleId: true,
      stage: { select: { position: true } },
      responsible: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    row,
    key: {
      title: [row.title],
      stage: [row.stage.position, row.stageId],
      amount: [Math.round(row.amount.toNumber() * 100)],
      responsible: [names.indexOf(row.responsible.name), row.responsibleId],
      expectedCloseAt: [row.expectedCloseAt?.getTime() ?? null],
      updatedAt: [row.updatedAt.getTime()],
    } satisfies Record<TDealSortKey, (string | number | null)[]>,
  }));
}

type TStored = Awaited<ReturnType<typeof storedDeals>>[number];

/** The expected order: the key's values, nulls last either way, the id breaking ties. */
function expectedOrder(deals: TStored[], sort: TDealSort): string[] {
  const factor = sort.direction === "asc" ? 1 : -1;
  return [...deals]
    .sort((a, b) => {
      const left = [...a.key[sort.by], a.row.id];
      const right = [...b.key[sort.by], b.row.id];
      for (const [index, x] of left.entries()) {
        const y = right[index] ?? null;
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        return factor * (x < y ? -1 : 1);
      }
      return 0;
    })
    .map((deal) => deal.row.id);
}

function namedCursor(sort: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify({ sort, key }), "utf8").toString("base64url");
}

describe("deals: the list in the reader's order", () => {
  beforeAll(async () => {
    await createDealsToSort(getDb(), TOKEN);
  });

  it("every order, both ways, is the stored values' order, and paging in any page size equals one full page", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const stored = await storedDeals(db);
    expect(stored).toHaveLength(24);
    expect(stored.filter((deal) => deal.row.expectedCloseAt === null)).toHaveLength(8);
    expect(new Set(stored.map((deal) => deal.row.updatedAt.getTime())).size).toBe(7);

    for (const by of DEAL_SORT_KEYS) {
      for (const direction of DIRECTIONS) {
        const sort = { by, direction };
        const full = await caller.deals.list({ search: TOKEN, limit: 100, sort });
        expect(full.nextCursor).toBeNull();
        const ids = full.items.map((deal) => deal.id);
        expect({ sort, ids }).toEqual({ sort, ids: expectedOrder(stored, sort) });
        // Page boundaries fall inside runs of equal values and inside the nulls.
        for (const limit of [1, 2, 5, 7]) {
          expect({ sort, limit, ids: await listInPages(caller, sort, limit) }).toEqual({
            sort,
            limit,
            ids,
          });
        }
      }
    }
  });

  it("close dates sort nulls last both ways; a page ending on the last date or on a null continues exactly", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    for (const direction of DIRECTIONS) {
      const sort = { by: "expectedCloseAt" as const, direction };
      const all = (await caller.deals.list({ search: TOKEN, limit: 100, sort })).items;
      const dated = all.filter((deal) => deal.expectedCloseAt !== null);
      expect(all.slice(dated.length).every((deal) => deal.expectedCloseAt === null)).toBe(true);
      for (const limit of [dated.length, dated.length + 1]) {
        const first = await caller.deals.list({ search: TOKEN, limit, sort });
        const rest = await caller.deals.list({
          search: TOKEN,
          limit: 100,
          sort,
          cursor: first.nextCursor ?? undefined,
        });
        expect(rest.items[0]?.expectedCloseAt).toBeNull();
        expect([...first.items, ...rest.items].map((deal) => deal.id)).toEqual(
          all.map((deal) => deal.id),
        );
      }
    }
  });

  it("without a sort the order is as before: newest change first, its cursor the board's", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const stored = await storedDeals(db);
    const expected = expectedOrder(stored, { by: "updatedAt", direction: "desc" });
    expect(await listInPages(caller, undefined, 5)).toEqual(expected);

    const first = await caller.deals.list({ search: TOKEN, limit: 5 });
    const explicit = { by: "updatedAt", direction: "desc" } as const;
    // The same order named explicitly takes the same cursor.
    const next = await caller.deals.list({
      search: TOKEN,
      limit: 5,
      sort: explicit,
      cursor: first.nextCursor ?? undefined,
    });
    expect(next.items.map((deal) => deal.id)).toEqual(expected.slice(5, 10));

    const { pipeline, byKey } = await opportunityStages(db);
    const proposal = byKey("proposal");
    const board = await caller.deals.board({ pipelineId: pipeline.id, search: TOKEN, perStage: 2 });
    const column = board.columns.find((each) => each.id === proposal.id);
    const continued = await caller.deals.list({
      search: TOKEN,
      stageId: proposal.id,
      limit: 100,
      cursor: column?.nextCursor ?? undefined,
    });
    const inStage = expected.filter(
      (id) => stored.find((deal) => deal.row.id === id)?.row.stageId === proposal.id,
    );
    expect([...(column?.deals ?? []), ...continued.items].map((deal) => deal.id)).toEqual(inStage);
  });

  it("[D7] a sorted list still holds only the deals the engine lets the reader view", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const loaded = await loadSubject(db, {
      employeeId: petrov.id,
      clientIp: "127.0.0.1",
      now: new Date(),
    });
    if (!loaded) throw new Error("no subject");
    const records = await db.deal.findMany({
      where: { title: { startsWith: TOKEN } },
      select: { ...engineRecordSelect("deal"), id: true },
    });
    const allowed = new Set(
      records
        .filter((row) => decide(loaded.subject, "view", "deal", toEngineRecord(row)).allowed)
        .map((row) => row.id),
    );
    const stored = await storedDeals(db);
    const viewable = stored.filter((deal) => allowed.has(deal.row.id));
    expect(viewable.length).toBeGreaterThan(0);
    expect(viewable.length).toBeLessThan(stored.length);

    const caller = await callerFor(db, "petrov");
    for (const sort of [
      { by: "amount", direction: "desc" },
      { by: "responsible", direction: "asc" },
      { by: "expectedCloseAt", direction: "asc" },
    ] as const) {
      expect({ sort, ids: await listInPages(caller, sort, 3) }).toEqual({
        sort,
        ids: expectedOrder(viewable, sort),
      });
    }
  });

  it("[D2] an order by a field hidden from the reader is refused; a read-only field sorts", async () => {
    const db = getDb();
    const telephonist = await callerFor(db, "cerny");
    for (const direction of DIRECTIONS) {
      const error = await catchError(
        telephonist.deals.list({ search: TOKEN, sort: { by: "amount", direction } }),
      );
      expect(error).toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
      expect(error.message).toMatch(/sort deals by amount: it is hidden from you/);
    }
    const byTitle = await telephonist.deals.list({
      search: TOKEN,
      sort: { by: "title", direction: "asc" },
    });
    expect(byTitle.items.length).toBeGreaterThan(0);
    expect(byTitle.items.every((deal) => !("amount" in deal))).toBe(true);

    // Complaints reads the amount without editing it: it may order by it.
    const complaints = await callerFor(db, "marek");
    await expect(
      complaints.deals.list({ search: TOKEN, sort: { by: "amount", direction: "desc" } }),
    ).resolves.toMatchObject({ items: expect.any(Array) as unknown });

    // A rule hiding the close date counts at the next request.
    const cerny = await findPersona(db, "cerny");
    const role = await db.role.findFirstOrThrow({
      where: { assignments: { some: { employeeId: cerny.id } }, templateKey: "telephonist" },
    });
    await db.fieldRule.create({
      data: { roleId: role.id, resource: "deal", field: "expectedCloseAt", access: "hidden" },
    });
    await expect(
      (await callerFor(db, "cerny")).deals.list({
        sort: { by: "expectedCloseAt", direction: "asc" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
  });

  it("a cursor made for another order, or altered, is refused with INVALID_INPUT", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const amountAsc = { by: "amount", direction: "asc" } as const;
    const byAmount = await caller.deals.list({ search: TOKEN, limit: 3, sort: amountAsc });
    const unsorted = await caller.deals.list({ search: TOKEN, limit: 3 });
    const amountCursor = byAmount.nextCursor ?? "";
    const defaultCursor = unsorted.nextCursor ?? "";
    expect(amountCursor).not.toBe("");

    const attempts = [
      { sort: { by: "amount", direction: "desc" } as const, cursor: amountCursor },
      { sort: { by: "title", direction: "asc" } as const, cursor: amountCursor },
      { sort: undefined, cursor: amountCursor },
      { sort: amountAsc, cursor: defaultCursor },
    ];
    for (const attempt of attempts) {
      const error = await catchError(caller.deals.list({ search: TOKEN, limit: 3, ...attempt }));
      expect(error).toMatchObject({ code: "BAD_REQUEST", appCode: "INVALID_INPUT" });
      expect(error.message).toMatch(/another order.*start again from the first page/);
    }

    const deal = byAmount.items[0];
    for (const cursor of [
      namedCursor("amount.asc", ["lots", deal?.id]),
      namedCursor("amount.asc", ["100.00"]),
      namedCursor("stage.asc", [0, "not-an-id", deal?.id]),
    ]) {
      await expect(
        caller.deals.list({ search: TOKEN, sort: amountAsc, cursor }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", appCode: "INVALID_INPUT" });
    }
    for (const input of [
      { sort: { by: "company", direction: "asc" } },
      { sort: { by: "amount", direction: "up" } },
      { sort: { by: "amount" } },
      { cursor: namedCursor("amount.asc", [{ gt: 1 }]) },
    ]) {
      await expect(caller.deals.list(input as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});
