/** A task's own page: details, editing, participants and deletion. */
export const tasksDetail = {
  "tasks.detail.metaTitle": "Task",
  "tasks.detail.breadcrumb": "Breadcrumb",
  "tasks.detail.details": "Details",
  "tasks.detail.noDescription": "No description.",
  "tasks.detail.completedAt": "Completed",
  "tasks.detail.createdAt": "Created",
  "tasks.detail.updatedAt": "Last changed",
  "tasks.detail.linkedTo": "Linked to",
  "tasks.detail.linkCompany": "Company",
  "tasks.detail.linkContact": "Contact",
  "tasks.detail.linkDeal": "Deal",

  "tasks.edit.title": "Edit task",
  "tasks.edit.done": "Task saved.",

  "tasks.participants.change": "Change",
  "tasks.participants.none": "Nobody else takes part.",

  "tasks.delete.title": "Delete this task?",
  "tasks.delete.body":
    "“{title}” and its reminders will be deleted for everyone. To keep it on record, mark it done or cancel it instead.",
  "tasks.delete.confirm": "Delete task",
  "tasks.delete.done": "“{title}” deleted, with its reminders ({count}).",
  "tasks.related.title": "Tasks",
  "tasks.related.empty": "No tasks here yet.",
  "tasks.related.noAccess": "You may not see these tasks.",
  "tasks.related.due": "Due",
  "tasks.related.noDue": "No due date",
} as const;
