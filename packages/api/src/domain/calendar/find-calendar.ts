import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

/** Per kind; a month of one person's calendar stays far below it. */
export const CALENDAR_LIMIT = 500;

export type TCalendarEntry = {
  kind: "task" | "reminder" | "meeting";
  id: string;
  title: string;
  startsAt: Date;
  /** A meeting's end from its duration; null for tasks, reminders and open-ended meetings. */
  endsAt: Date | null;
  /** A task done or cancelled, a reminder resolved; a meeting that took place is not "done". */
  closed: boolean;
  responsible: { id: string; name: string };
};

const PERSON = { select: { id: true, name: true } } as const;

/**
 * One person's calendar between two instants (H4): the tasks due that they do (assigned, or
 * theirs with nobody assigned, or taking part), their reminders and their meetings. Whose
 * calendar it is narrows; the permission reach of each kind decides what is in it, so asking
 * for a colleague's calendar shows only what the caller may view of it.
 */
export async function findCalendar(
  scope: TProjectScope,
  input: { from: Date; to: Date; employeeId?: string | undefined },
): Promise<{ entries: TCalendarEntry[]; truncated: boolean }> {
  const { db, project } = scope;
  const who = input.employeeId ?? scope.subject.employeeId;
  if (who !== scope.subject.employeeId) {
    const employee = await db.employee.findFirst({
      where: { id: who, projectId: project.id },
      select: { id: true },
    });
    if (!employee) {
      throw new AppError("INVALID_INPUT", { key: "tasks.noEmployee" }, { field: "employeeId" });
    }
  }
  const during = { gte: input.from, lt: input.to };
  const take = CALENDAR_LIMIT + 1;

  const tasks = await db.task.findMany({
    where: {
      AND: [
        scope.reach("task", "view"),
        { projectId: project.id, dueAt: during },
        {
          OR: [
            { assigneeId: who },
            { assigneeId: null, responsibleId: who },
            { participants: { some: { employeeId: who } } },
          ],
        },
      ],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, title: true, dueAt: true, status: true, responsible: PERSON },
  });
  const reminders = await db.reminder.findMany({
    where: {
      AND: [
        scope.reach("reminder", "view"),
        { projectId: project.id, responsibleId: who, remindAt: during },
      ],
    },
    orderBy: [{ remindAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, title: true, remindAt: true, resolvedAt: true, responsible: PERSON },
  });
  const meetings = await db.activity.findMany({
    where: {
      AND: [
        scope.reach("activity", "view"),
        { projectId: project.id, responsibleId: who, kind: "meeting", occurredAt: during },
      ],
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      subject: true,
      occurredAt: true,
      durationMinutes: true,
      responsible: PERSON,
    },
  });

  const entries: TCalendarEntry[] = [
    ...tasks.slice(0, CALENDAR_LIMIT).map((task) => ({
      kind: "task" as const,
      id: task.id,
      title: task.title,
      startsAt: task.dueAt ?? input.from,
      endsAt: null,
      closed: task.status !== "open",
      responsible: task.responsible,
    })),
    ...reminders.slice(0, CALENDAR_LIMIT).map((reminder) => ({
      kind: "reminder" as const,
      id: reminder.id,
      title: reminder.title,
      startsAt: reminder.remindAt,
      endsAt: null,
      closed: reminder.resolvedAt !== null,
      responsible: reminder.responsible,
    })),
    ...meetings.slice(0, CALENDAR_LIMIT).map((meeting) => ({
      kind: "meeting" as const,
      id: meeting.id,
      title: meeting.subject,
      startsAt: meeting.occurredAt,
      endsAt: meeting.durationMinutes
        ? new Date(meeting.occurredAt.getTime() + meeting.durationMinutes * 60_000)
        : null,
      closed: false,
      responsible: meeting.responsible,
    })),
  ];
  entries.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  return {
    entries,
    truncated: [tasks, reminders, meetings].some((rows) => rows.length > CALENDAR_LIMIT),
  };
}
