import type { TApiMirror } from "../../en/api-mirror";

export const apiTasks: TApiMirror<"activities" | "tasks"> = {
  "api.activities.keepOneLink":
    "Активность должна быть связана с компанией, контактом, объектом или сделкой. Прежде чем убрать последнюю связь, добавьте другую.",
  "api.tasks.noEmployee":
    "В проекте нет сотрудника с таким идентификатором. Выберите сотрудника из списка.",
  "api.tasks.reminderResolved": "Это напоминание уже закрыто.",
  "api.tasks.unknownParticipants":
    "В проекте нет действующих сотрудников с такими идентификаторами: {ids}. Выберите участников из списка.",
  "api.tasks.completeOnlyOpen":
    "Завершить можно только открытую задачу. Сначала откройте её снова.",
  "api.tasks.alreadyOpen": "Эта задача уже открыта.",
  "api.tasks.cancelOnlyOpen": "Отменить можно только открытую задачу. Сначала откройте её снова.",
};
