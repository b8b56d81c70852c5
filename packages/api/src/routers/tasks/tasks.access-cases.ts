import { ownerOf } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

function taskFixture(status: "open" | "done"): TFixtureFactory {
  return async (db, ownerName) => {
    const { owned } = await ownerOf(db, ownerName);
    const row = await db.task.create({
      data: {
        ...owned,
        title: `Fixture task of ${ownerName}`,
        status,
        assigneeId: owned.responsibleId,
      },
      select: { id: true, version: true, responsibleId: true },
    });
    return { ...row, record: "task" };
  };
}

const openTask = taskFixture("open");
const task = { resource: "task", fixture: openTask } as const;

export const TASK_CASES: TAccessCases = {
  "tasks.list": {
    ...task,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.tasks.list({ limit: 1 }),
  },
  "tasks.count": {
    ...task,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.tasks.count({ filter: { view: "mine" } }),
  },
  "tasks.get": {
    ...task,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.tasks.get({ id: row.id }),
  },
  "tasks.create": {
    ...task,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.tasks.create({ title: "Matrix task" }),
  },
  "tasks.update": {
    ...task,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.tasks.update({ id: row.id, version: row.version, fields: { title: "Matrix" } }),
  },
  "tasks.complete": {
    ...task,
    action: "edit",
    fresh: true,
    call: (caller, row) => caller.tasks.complete({ id: row.id, version: row.version }),
  },
  "tasks.reopen": {
    ...task,
    fixture: taskFixture("done"),
    action: "edit",
    fresh: true,
    call: (caller, row) => caller.tasks.reopen({ id: row.id, version: row.version }),
  },
  "tasks.cancel": {
    ...task,
    action: "edit",
    fresh: true,
    call: (caller, row) => caller.tasks.cancel({ id: row.id, version: row.version }),
  },
  "tasks.setParticipants": {
    ...task,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.tasks.setParticipants({
        id: row.id,
        version: row.version,
        participantIds: [row.responsibleId],
      }),
  },
  "tasks.delete": {
    ...task,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.tasks.delete({ id: row.id, version: row.version }),
  },
};
