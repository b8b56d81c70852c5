import type { TProjectScope } from "../access/project-scope";
import { withVisibleLinks, type TWithLinks } from "../access/visible-links";
import { presentTask, TASK_LINKS, TASK_SELECT, type TTask } from "../tasks/task-select";
import { REMINDER_LINKS, REMINDER_SELECT, type TReminderRow } from "./reminder-select";

/** More than a pop-up can show; the lists say when they were cut. */
export const DUE_LIMIT = 100;

export type TDue = {
  /** Minutes between pop-ups; null when the employee turned them off (C1). */
  intervalMinutes: number | null;
  /** The instant "due" was computed for: the request's time. */
  asOf: Date;
  reminders: TWithLinks<TReminderRow, typeof REMINDER_LINKS>[];
  tasks: TWithLinks<TTask, typeof TASK_LINKS>[];
  truncated: boolean;
};

/**
 * What the web app's pop-up shows (H3), as of the request's time: the caller's open
 * reminders whose time has come — except those on a task already done or cancelled — and
 * the open tasks they must do (assigned to them, or theirs with no assignee) whose due time
 * has passed. Each list is read inside the permission reach, so nothing hidden pops up.
 */
export async function findDue(scope: TProjectScope): Promise<TDue> {
  const { db, subject, project } = scope;
  const me = subject.employeeId;
  const now = subject.context.now;
  const { reminderIntervalMinutes } = await db.employee.findUniqueOrThrow({
    where: { id: me },
    select: { reminderIntervalMinutes: true },
  });
  const reminders = await db.reminder.findMany({
    where: {
      AND: [
        scope.reach("reminder", "view"),
        { projectId: project.id, responsibleId: me, resolvedAt: null, remindAt: { lte: now } },
        { OR: [{ taskId: null }, { task: { is: { status: "open" } } }] },
      ],
    },
    orderBy: [{ remindAt: "asc" }, { id: "asc" }],
    take: DUE_LIMIT + 1,
    select: REMINDER_SELECT,
  });
  const tasks = await db.task.findMany({
    where: {
      AND: [
        scope.reach("task", "view"),
        { projectId: project.id, status: "open", dueAt: { lt: now } },
        { OR: [{ assigneeId: me }, { assigneeId: null, responsibleId: me }] },
      ],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: DUE_LIMIT + 1,
    select: TASK_SELECT,
  });
  return {
    intervalMinutes: reminderIntervalMinutes,
    asOf: now,
    reminders: await withVisibleLinks(scope, reminders.slice(0, DUE_LIMIT), REMINDER_LINKS),
    tasks: await withVisibleLinks(scope, tasks.slice(0, DUE_LIMIT).map(presentTask), TASK_LINKS),
    truncated: reminders.length > DUE_LIMIT || tasks.length > DUE_LIMIT,
  };
}
