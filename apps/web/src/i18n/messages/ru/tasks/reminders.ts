import type { TTasksMirror } from "../../en/tasks/mirror";
import type { tasksReminders as en } from "../../en/tasks/reminders";

export const tasksReminders: TTasksMirror<typeof en> = {
  "tasks.reminders.title": "Напоминания",
  "tasks.reminders.onlyYours": "Только ваши открытые напоминания.",
  "tasks.reminders.none": "Открытых напоминаний нет.",
  "tasks.reminders.new": "Добавить напоминание",
  "tasks.reminders.what": "О чём напомнить",
  "tasks.reminders.when": "Когда",
  "tasks.reminders.add": "Добавить напоминание",
  "tasks.reminders.resolve": "Решено",
  "tasks.reminders.lookFurther": "Искать среди других напоминаний",

  "tasks.popup.title": "Подошёл срок: {count}",
  "tasks.popup.description":
    "Это окно будет появляться каждые {minutes} мин, пока всё не будет решено.",
  "tasks.popup.announce": "Напоминаний: {count}. Открыто окно напоминаний.",
  "tasks.popup.kindReminder": "Напоминание",
  "tasks.popup.kindTask": "Просроченная задача",
  "tasks.popup.resolve": "Решено",
  "tasks.popup.markDone": "Выполнено",
  "tasks.popup.snooze": "Напомнить через {minutes} мин",
  "tasks.popup.close": "Скрыть на {minutes} мин",
  "tasks.popup.truncated": "Подошёл срок и у других — здесь показаны не все.",
};
