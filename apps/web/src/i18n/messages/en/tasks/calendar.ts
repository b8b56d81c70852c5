/** The calendar of tasks, reminders and meetings (SPEC H4). */
export const tasksCalendar = {
  "tasks.calendar.title": "Calendar",
  "tasks.calendar.intro": "Your tasks, reminders and meetings by month or by week.",
  "tasks.calendar.today": "Today",
  "tasks.calendar.prevMonth": "Previous month",
  "tasks.calendar.nextMonth": "Next month",
  "tasks.calendar.prevWeek": "Previous week",
  "tasks.calendar.nextWeek": "Next week",
  "tasks.calendar.viewLabel": "Calendar view",
  "tasks.calendar.month": "Month",
  "tasks.calendar.week": "Week",
  "tasks.calendar.legend": "Legend",
  "tasks.calendar.kind.task": "Task",
  "tasks.calendar.kind.reminder": "Reminder",
  "tasks.calendar.kind.meeting": "Meeting",
  "tasks.calendar.itemsCount": "entries: {count}",
  "tasks.calendar.nothingPlanned": "nothing planned",
  "tasks.calendar.more": "+{count} more",
  "tasks.calendar.dayEmpty": "Nothing planned for this day.",
  "tasks.calendar.closed": "Closed",
  "tasks.calendar.truncated":
    "This period holds more entries than the calendar can show. Switch to the week view.",
  "tasks.calendar.keyboardHint":
    "Arrow keys move between days, Page Up and Page Down between months, Enter opens the day.",
} as const;
