/** Reminders on a task's page and the reminder pop-up (SPEC H3). */
export const tasksReminders = {
  "tasks.reminders.title": "Reminders",
  "tasks.reminders.onlyYours": "Only your own open reminders.",
  "tasks.reminders.none": "No open reminders.",
  "tasks.reminders.new": "Add reminder",
  "tasks.reminders.what": "Remind me about",
  "tasks.reminders.when": "When",
  "tasks.reminders.add": "Add reminder",
  "tasks.reminders.resolve": "Resolve",
  "tasks.reminders.lookFurther": "Look among more reminders",

  "tasks.popup.title": "Due now: {count}",
  "tasks.popup.description":
    "This window comes back every {minutes} min until each item is resolved.",
  "tasks.popup.announce": "Reminders due: {count}. The reminder window is open.",
  "tasks.popup.kindReminder": "Reminder",
  "tasks.popup.kindTask": "Overdue task",
  "tasks.popup.resolve": "Resolve",
  "tasks.popup.markDone": "Mark done",
  "tasks.popup.snooze": "Remind me in {minutes} min",
  "tasks.popup.close": "Hide for {minutes} min",
  "tasks.popup.truncated": "More are due than shown here.",
} as const;
