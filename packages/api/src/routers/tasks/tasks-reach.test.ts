import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { refusalOf } from "../activities/work-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TFilter = NonNullable<Parameters<TCaller["tasks"]["list"]>[0]>["filter"];

async function listAll(caller: TCaller, filter?: TFilter) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await caller.tasks.list({
      limit: 23,
      ...(filter ? { filter } : {}),
      ...(cursor ? { cursor } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("tasks: who sees which tasks", () => {
  it("[C4] a manager in a task-watching group views another team's tasks but cannot edit them", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const horakova = await findPersona(db, "horakova");
    const theirs = await db.task.findFirstOrThrow({
      where: {
        responsibleId: horakova.id,
        status: "open",
        OR: [{ assigneeId: null }, { assigneeId: { not: petrov.id } }],
      },
    });
    const caller = () => callerFor(db, "petrov");

    await expect((await caller()).tasks.get({ id: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // C4 as data: a CRM group whose grant is "view tasks, project-wide". Groups only add.
    const group = await db.crmGroup.create({
      data: {
        projectId: petrov.projectId,
        name: "Prague task watchers",
        members: { create: { employeeId: petrov.id, isManager: true } },
        grants: { create: { resource: "task", action: "view", scope: "project" } },
      },
    });

    const watcher = await caller();
    const all = await listAll(watcher);
    await expect(watcher.tasks.get({ id: theirs.id })).resolves.toMatchObject({
      id: theirs.id,
      responsible: { id: horakova.id },
    });
    expect(all).toHaveLength(await db.task.count({ where: { projectId: petrov.projectId } }));
    await expect(watcher.tasks.count({})).resolves.toEqual({ count: all.length });
    for (const call of [
      () =>
        watcher.tasks.update({ id: theirs.id, version: theirs.version, fields: { title: "x" } }),
      () => watcher.tasks.complete({ id: theirs.id, version: theirs.version }),
      () =>
        watcher.tasks.setParticipants({
          id: theirs.id,
          version: theirs.version,
          participantIds: [],
        }),
      () => watcher.tasks.delete({ id: theirs.id, version: theirs.version }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(db.task.findUniqueOrThrow({ where: { id: theirs.id } })).resolves.toMatchObject({
      title: theirs.title,
      status: "open",
      version: theirs.version,
    });

    await db.crmGroupMember.delete({
      where: { groupId_employeeId: { groupId: group.id, employeeId: petrov.id } },
    });
    await expect((await caller()).tasks.get({ id: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("[C4][C3] an ordinary rep sees only their own tasks, and count agrees", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "ivanova");

    const items = await listAll(caller);
    const own = await db.task.count({ where: { responsibleId: ivanova.id } });

    expect(own).toBeGreaterThan(0);
    expect(items).toHaveLength(own);
    expect(items.every((task) => task.responsible.id === ivanova.id)).toBe(true);
    await expect(caller.tasks.count({})).resolves.toEqual({ count: own });
  });

  it("[H2] views: set by me, mine (assignee or participant), all; each inside reach", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const petrov = await callerFor(db, "petrov");
    const task = await petrov.tasks.create({
      title: "Prepare the quarterly forecast",
      assigneeId: ivanova.id,
      participantIds: [cerny.id],
    });
    const ids = async (caller: TCaller, filter: TFilter) =>
      (await listAll(caller, filter)).map((item) => item.id);

    expect(await ids(petrov, { view: "setByMe" })).toContain(task.id);
    expect(await ids(petrov, { view: "all" })).toContain(task.id);
    expect(await ids(petrov, { view: "mine" })).not.toContain(task.id);
    const mine = await listAll(petrov, { view: "mine" });
    const me = (await findPersona(db, "petrov")).id;
    expect(
      mine.every((item) => item.assignee?.id === me || item.participants.some((p) => p.id === me)),
    ).toBe(true);

    // The owner is Petrov, yet the sales representative's role lets an assignee see and work
    // what is set for them; deleting it stays with its owner.
    const ivanovaCaller = await callerFor(db, "ivanova");
    expect(await ids(ivanovaCaller, { view: "mine" })).toContain(task.id);
    await expect(
      ivanovaCaller.tasks.delete({ id: task.id, version: task.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      ivanovaCaller.tasks.complete({ id: task.id, version: task.version }),
    ).resolves.toMatchObject({ status: "done" });
    // Participants are not a fact the engine reads: taking part opens nothing by itself.
    await expect((await callerFor(db, "cerny")).tasks.get({ id: task.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("[H2] filters by status, due range, deal and company", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const sample = await db.task.findFirstOrThrow({
      where: {
        responsible: { managerPath: { startsWith: petrov.managerPath } },
        dealId: { not: null },
        dueAt: { not: null },
      },
      orderBy: { id: "asc" },
    });
    const caller = await callerFor(db, "petrov");
    const dueAt = sample.dueAt ?? new Date();
    const filter = {
      statuses: [sample.status],
      dueFrom: dueAt,
      dueTo: new Date(dueAt.getTime() + 1),
      dealId: sample.dealId ?? undefined,
      companyId: sample.companyId ?? undefined,
    };

    const items = await listAll(caller, filter);

    expect(items.map((item) => item.id)).toContain(sample.id);
    expect(
      items.every(
        (item) =>
          item.status === sample.status &&
          item.deal?.id === sample.dealId &&
          item.dueAt?.getTime() === dueAt.getTime(),
      ),
    ).toBe(true);
    await expect(caller.tasks.count({ filter })).resolves.toEqual({ count: items.length });
    await expect(
      caller.tasks.count({
        filter: { statuses: ["cancelled"], dealId: sample.dealId ?? undefined },
      }),
    ).resolves.toEqual({ count: 0 });
  });

  it("[D7] a task outside reach answers exactly like an id that does not exist", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const theirs = await db.task.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const caller = await callerFor(db, "ivanova");
    const at = { id: theirs.id, version: theirs.version };

    const missing = await refusalOf(caller.tasks.get({ id: crypto.randomUUID() }));
    expect(missing.code).toBe("NOT_FOUND");
    for (const call of [
      () => caller.tasks.get({ id: theirs.id }),
      () => caller.tasks.update({ ...at, fields: { title: "Mine now" } }),
      () => caller.tasks.complete(at),
      () => caller.tasks.cancel(at),
      () => caller.tasks.reopen(at),
      () => caller.tasks.setParticipants({ ...at, participantIds: [] }),
      () => caller.tasks.delete(at),
    ]) {
      await expect(refusalOf(call())).resolves.toEqual(missing);
    }
    await expect(db.task.findUniqueOrThrow({ where: { id: theirs.id } })).resolves.toMatchObject({
      version: theirs.version,
    });
  });
});
