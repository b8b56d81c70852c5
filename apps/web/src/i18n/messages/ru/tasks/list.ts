import type { tasksList as en } from "../../en/tasks/list";
import type { TTasksMirror } from "../../en/tasks/mirror";

export const tasksList: TTasksMirror<typeof en> = {
  "tasks.title": "Задачи",
  "tasks.intro": "Что нужно сделать вам и вашим коллегам — и к какому сроку.",
  "tasks.calendarLink": "Календарь",

  "tasks.view.label": "Какие задачи",
  "tasks.view.mine": "Мои задачи",
  "tasks.view.setByMe": "Поставленные мной",
  "tasks.view.all": "Все доступные",

  "tasks.filter.label": "Фильтры",
  "tasks.filter.status": "Статус",
  "tasks.filter.status.open": "Открытые",
  "tasks.filter.status.done": "Выполненные",
  "tasks.filter.status.cancelled": "Отменённые",
  "tasks.filter.status.any": "Любой статус",
  "tasks.filter.due": "Срок",
  "tasks.filter.due.any": "Любой",
  "tasks.filter.due.overdue": "Просроченные",
  "tasks.filter.due.today": "Сегодня",
  "tasks.filter.due.week": "Ближайшие 7 дней",
  "tasks.filter.due.range": "Между датами…",
  "tasks.filter.from": "С",
  "tasks.filter.to": "По",
  "tasks.filter.rangeBackwards": "Дата окончания не может быть раньше даты начала.",
  "tasks.filter.reset": "Сбросить фильтры",

  "tasks.list.caption": "Задачи",
  "tasks.list.emptyOpen": "Открытых задач нет. Создайте задачу, чтобы запланировать следующий шаг.",
  "tasks.list.emptyFiltered": "Нет задач, подходящих под эти фильтры.",
  "tasks.column.title": "Задача",
  "tasks.column.due": "Срок",
  "tasks.column.status": "Статус",
  "tasks.column.assignee": "Исполнитель",
  "tasks.column.setBy": "Постановщик",
  "tasks.column.actions": "Действия",
  "tasks.participantsCount": "Участников: {count}",

  "tasks.status.open": "Открыта",
  "tasks.status.done": "Выполнена",
  "tasks.status.cancelled": "Отменена",
  "tasks.due.none": "Без срока",
  "tasks.due.overdue": "Просрочена",
  "tasks.assignee.nobody": "Не назначен",

  "tasks.action.complete": "Выполнено",
  "tasks.action.reopen": "Открыть снова",
  "tasks.action.cancel": "Отменить задачу",
  "tasks.move.completed": "«{title}» выполнена.",
  "tasks.move.reopened": "«{title}» снова открыта.",
  "tasks.move.cancelled": "«{title}» отменена.",
  "tasks.move.failed": "«{title}» не изменена: {reason}",

  "tasks.create.open": "Новая задача",
  "tasks.create.title": "Новая задача",
  "tasks.create.submit": "Создать задачу",
  "tasks.create.pending": "Создание…",
  "tasks.create.done": "Задача «{title}» создана.",

  "tasks.field.title": "Название",
  "tasks.field.description": "Описание",
  "tasks.field.due": "Срок",
  "tasks.field.dueHint": "Оставьте пустым, если у задачи нет срока.",
  "tasks.field.dueInvalid": "Введите дату и время или оставьте поле пустым.",
  "tasks.field.assignee": "Исполнитель",
  "tasks.field.assigneeNobody":
    "Исполнитель не назначен: задача остаётся за вами как за постановщиком.",
  "tasks.field.participants": "Участники",

  "tasks.people.searchPlaceholder": "Введите имя, должность или отдел",
  "tasks.people.searchFailed":
    "Не удалось загрузить список сотрудников. Повторите попытку чуть позже.",
  "tasks.people.addParticipant": "Добавить участника",
  "tasks.people.participantsHint": "Участники видят задачу среди своих и могут следить за ней.",
  "tasks.people.remove": "Убрать: {name}",
  "tasks.people.you": "Вы ({name})",
  "tasks.people.selfOnly":
    "Список сотрудников вам недоступен, поэтому вы можете ставить задачи только себе. Попросите руководителя поручить задачу коллеге.",
};
