import type { tasksDetail as en } from "../../en/tasks/detail";
import type { TTasksMirror } from "../../en/tasks/mirror";

export const tasksDetail: TTasksMirror<typeof en> = {
  "tasks.detail.metaTitle": "Задача",
  "tasks.detail.breadcrumb": "Навигационная цепочка",
  "tasks.detail.details": "Подробности",
  "tasks.detail.noDescription": "Описания нет.",
  "tasks.detail.completedAt": "Выполнена",
  "tasks.detail.createdAt": "Создана",
  "tasks.detail.updatedAt": "Последнее изменение",
  "tasks.detail.linkedTo": "Связана с",
  "tasks.detail.linkCompany": "Компания",
  "tasks.detail.linkContact": "Контакт",
  "tasks.detail.linkDeal": "Сделка",

  "tasks.edit.title": "Изменение задачи",
  "tasks.edit.done": "Задача сохранена.",

  "tasks.participants.change": "Изменить состав",
  "tasks.participants.none": "Больше никто не участвует.",

  "tasks.delete.title": "Удалить эту задачу?",
  "tasks.delete.body":
    "«{title}» и её напоминания будут удалены для всех. Чтобы задача осталась в истории, отметьте её выполненной или отмените.",
  "tasks.delete.confirm": "Удалить задачу",
  "tasks.delete.done": "«{title}» удалена вместе с напоминаниями ({count}).",
  "tasks.related.title": "Задачи",
  "tasks.related.empty": "Здесь пока нет задач.",
  "tasks.related.noAccess": "Вам недоступны эти задачи.",
  "tasks.related.due": "Срок",
  "tasks.related.noDue": "Без срока",
};
