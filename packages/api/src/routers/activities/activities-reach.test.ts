import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { refusalOf } from "./work-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TFilter = NonNullable<Parameters<TCaller["activities"]["list"]>[0]>["filter"];

async function listAll(caller: TCaller, filter?: TFilter) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await caller.activities.list({
      limit: 41,
      ...(filter ? { filter } : {}),
      ...(cursor ? { cursor } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("activities: reach in lists, counts, cards and lookups", () => {
  it("[H1][C3] a rep pages through exactly their own activities, newest first, and count agrees", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "ivanova");

    const items = await listAll(caller);
    const own = await db.activity.count({ where: { responsibleId: ivanova.id } });

    expect(own).toBeGreaterThan(41);
    expect(items).toHaveLength(own);
    expect(new Set(items.map((item) => item.id)).size).toBe(own);
    expect(items.every((item) => item.responsible.id === ivanova.id)).toBe(true);
    const order = items.map((item) => [item.occurredAt.getTime(), item.id] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(order).toEqual(sorted);
    await expect(caller.activities.count({})).resolves.toEqual({ count: own });
  });

  it("[C4] a call-monitoring group member sees other teams' calls, never their notes", async () => {
    const db = getDb();
    const dvorakova = await findPersona(db, "dvorakova");
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "dvorakova");

    const calls = await listAll(caller, { kinds: ["call"], responsibleId: ivanova.id });
    const notes = await listAll(caller, { kinds: ["note", "meeting", "email"] });

    await expect(
      db.activity.count({ where: { responsibleId: ivanova.id, kind: "call" } }),
    ).resolves.toBe(calls.length);
    expect(calls.length).toBeGreaterThan(0);
    const team = await db.employee.findMany({
      where: { managerPath: { startsWith: dvorakova.managerPath } },
      select: { id: true },
    });
    const teamIds = new Set(team.map((employee) => employee.id));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((item) => teamIds.has(item.responsible.id))).toBe(true);
    const note = await db.activity.findFirstOrThrow({
      where: { responsibleId: ivanova.id, kind: "note" },
    });
    await expect(caller.activities.get({ id: note.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("[H1] filters by kind, contact, period and responsible; count takes the same filter", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const sample = await db.activity.findFirstOrThrow({
      where: { responsibleId: ivanova.id, contactId: { not: null } },
      orderBy: { occurredAt: "desc" },
    });
    const caller = await callerFor(db, "petrov");
    const from = new Date(sample.occurredAt.getTime() - 30 * 86_400_000);
    const filter = {
      kinds: [sample.kind],
      contactId: sample.contactId ?? undefined,
      responsibleId: ivanova.id,
      from,
      to: new Date(sample.occurredAt.getTime() + 1),
    };

    const items = await listAll(caller, filter);
    const expected = await db.activity.count({
      where: {
        kind: sample.kind,
        contactId: sample.contactId,
        responsibleId: ivanova.id,
        occurredAt: { gte: from, lte: sample.occurredAt },
      },
    });

    expect(items.map((item) => item.id)).toContain(sample.id);
    expect(items).toHaveLength(expected);
    await expect(caller.activities.count({ filter })).resolves.toEqual({ count: expected });
    await expect(
      caller.activities.list({ filter: { from: sample.occurredAt, to: from } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[H1][D7] a card's timeline holds only the activities the caller may view; a hidden card is missing", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: horakova.id, activities: { some: {} } },
      orderBy: { id: "asc" },
    });
    const ivanova = await callerFor(db, "ivanova");
    // A sales rep reads every client but works only their own activities.
    const mine = await ivanova.activities.create({
      kind: "call",
      subject: "Asked about their hardware renewal",
      companyId: company.id,
    });

    const seen = await ivanova.activities.timeline({ of: { companyId: company.id } });
    expect(seen.items.map((item) => item.id)).toEqual([mine.id]);

    const all = await (
      await callerFor(db, "admin")
    ).activities.timeline({ of: { companyId: company.id }, limit: 100 });
    const stored = await db.activity.count({
      where: { OR: [{ companyId: company.id }, { contact: { companyId: company.id } }] },
    });
    expect(all.items).toHaveLength(stored);
    expect(all.items.map((item) => item.occurredAt.getTime())).toEqual(
      all.items.map((item) => item.occurredAt.getTime()).sort((a, b) => b - a),
    );

    const petrov = await callerFor(db, "petrov");
    const hidden = await refusalOf(petrov.activities.timeline({ of: { companyId: company.id } }));
    const missing = await refusalOf(
      petrov.activities.timeline({ of: { companyId: crypto.randomUUID() } }),
    );
    expect(hidden).toEqual(missing);
    expect(hidden.code).toBe("NOT_FOUND");
  });

  it("[D7] an activity outside reach answers exactly like an id that does not exist", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const theirs = await db.activity.findFirstOrThrow({
      where: { responsibleId: horakova.id, kind: "note" },
    });
    const caller = await callerFor(db, "petrov");

    const missing = await refusalOf(caller.activities.get({ id: crypto.randomUUID() }));
    expect(missing.code).toBe("NOT_FOUND");
    for (const call of [
      () => caller.activities.get({ id: theirs.id }),
      () =>
        caller.activities.update({
          id: theirs.id,
          version: theirs.version,
          fields: { subject: "Mine now" },
        }),
      () => caller.activities.delete({ id: theirs.id, version: theirs.version }),
    ]) {
      await expect(refusalOf(call())).resolves.toEqual(missing);
    }
    await expect(
      db.activity.findUniqueOrThrow({ where: { id: theirs.id } }),
    ).resolves.toMatchObject({ subject: theirs.subject, version: theirs.version });
    await expect(
      caller.activities.count({ filter: { responsibleId: horakova.id, kinds: ["note"] } }),
    ).resolves.toEqual({ count: 0 });
  });
});
