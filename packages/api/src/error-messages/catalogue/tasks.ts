/** Activities, tasks, reminders and the calendar (H1–H4). */
export const tasksMessages = {
  "activities.keepOneLink":
    "an activity must stay linked to a company, contact, object or deal; link another before removing the last.",
  "tasks.noEmployee": "no employee of this project has this id; pick someone from the list.",
  "tasks.reminderResolved": "This reminder is already resolved.",
  "tasks.unknownParticipants":
    "no active employee of this project has the id {ids}; pick people from the list.",
  "tasks.completeOnlyOpen": "Only an open task can be completed; reopen it first.",
  "tasks.alreadyOpen": "This task is already open.",
  "tasks.cancelOnlyOpen": "Only an open task can be cancelled; reopen it first.",
} as const;
