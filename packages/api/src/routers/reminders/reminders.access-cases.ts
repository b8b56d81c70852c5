import { ownerOf } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/** An open reminder of the owner's whose time has come. */
const reminderFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.reminder.create({
    data: { ...owned, title: `Fixture reminder of ${ownerName}`, remindAt: new Date(0) },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, record: "reminder" };
};

const reminder = { resource: "reminder", fixture: reminderFixture } as const;

export const REMINDER_CASES: TAccessCases = {
  "reminders.list": {
    ...reminder,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.reminders.list({ view: "all", limit: 1 }),
  },
  "reminders.get": {
    ...reminder,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.reminders.get({ id: row.id }),
  },
  "reminders.create": {
    ...reminder,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.reminders.create({ title: "Matrix", remindAt: new Date() }),
  },
  "reminders.update": {
    ...reminder,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.reminders.update({ id: row.id, version: row.version, fields: { title: "Matrix" } }),
  },
  "reminders.resolve": {
    ...reminder,
    action: "edit",
    fresh: true,
    call: (caller, row) => caller.reminders.resolve({ id: row.id, version: row.version }),
  },
  "reminders.delete": {
    ...reminder,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.reminders.delete({ id: row.id, version: row.version }),
  },
  // Everyone's own pop-up, each list inside their reach: no right to judge.
  "reminders.due": {
    resource: "reminder",
    action: null,
    fresh: false,
    call: (caller) => caller.reminders.due({}),
  },
};
