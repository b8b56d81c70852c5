import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { DAY_MS, HOUR_MS } from "../activities/work-test-kit";

const getDb = useSeededDatabase();

describe("calendar: tasks, reminders and meetings in one call (H4)", () => {
  it("[H4] a day of Ivanova's: her own view, her manager's, and colleagues who may see less", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const day = new Date("2026-09-14T00:00:00.000Z");
    const at = (hours: number) => new Date(day.getTime() + hours * HOUR_MS);
    const caller = await callerFor(db, "ivanova");
    const task = await caller.tasks.create({ title: "Send the offer", dueAt: at(9) });
    const reminder = await caller.reminders.create({ title: "Call the buyer", remindAt: at(11) });
    const meeting = await caller.activities.create({
      kind: "meeting",
      subject: "Contract review",
      occurredAt: at(14),
      durationMinutes: 30,
      companyId: company.id,
    });
    await caller.tasks.create({ title: "Next day", dueAt: at(24) });
    await caller.activities.create({
      kind: "call",
      subject: "Not a meeting",
      occurredAt: at(15),
      companyId: company.id,
    });
    const period = { from: day, to: new Date(day.getTime() + DAY_MS) };

    const own = await caller.calendar.events(period);
    expect(own).toEqual({
      truncated: false,
      entries: [
        expect.objectContaining({ kind: "task", id: task.id, startsAt: at(9), closed: false }),
        expect.objectContaining({ kind: "reminder", id: reminder.id, startsAt: at(11) }),
        expect.objectContaining({
          kind: "meeting",
          id: meeting.id,
          startsAt: at(14),
          endsAt: new Date(at(14).getTime() + 30 * 60_000),
        }),
      ],
    });

    const ofIvanova = { ...period, employeeId: ivanova.id };
    const manager = await (await callerFor(db, "petrov")).calendar.events(ofIvanova);
    expect(manager.entries.map((entry) => entry.id)).toEqual([task.id, reminder.id, meeting.id]);
    // Another team's rep sees none of it; the seeded task watcher (C4) sees only the task.
    const colleague = await (await callerFor(db, "horakova")).calendar.events(ofIvanova);
    expect(colleague.entries).toEqual([]);
    const watcher = await (await callerFor(db, "dvorakova")).calendar.events(ofIvanova);
    expect(watcher.entries.map((entry) => entry.id)).toEqual([task.id]);
  });

  it("[H4] the period is bounded and the person must be of the project", async () => {
    const db = getDb();
    const outsider = await findPersona(db, "smirnova", "charter-b2c");
    const caller = await callerFor(db, "ivanova");
    const from = new Date("2026-09-01T00:00:00.000Z");

    await expect(
      caller.calendar.events({ from, to: new Date(from.getTime() + 90 * DAY_MS) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.calendar.events({ from, to: from })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.calendar.events({
        from,
        to: new Date(from.getTime() + DAY_MS),
        employeeId: outsider.id,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("employeeId") as unknown,
    });
  });
});
