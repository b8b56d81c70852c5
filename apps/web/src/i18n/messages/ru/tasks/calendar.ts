import type { tasksCalendar as en } from "../../en/tasks/calendar";
import type { TTasksMirror } from "../../en/tasks/mirror";

export const tasksCalendar: TTasksMirror<typeof en> = {
  "tasks.calendar.title": "Календарь",
  "tasks.calendar.intro": "Ваши задачи, напоминания и встречи по месяцам или по неделям.",
  "tasks.calendar.today": "Сегодня",
  "tasks.calendar.prevMonth": "Предыдущий месяц",
  "tasks.calendar.nextMonth": "Следующий месяц",
  "tasks.calendar.prevWeek": "Предыдущая неделя",
  "tasks.calendar.nextWeek": "Следующая неделя",
  "tasks.calendar.viewLabel": "Вид календаря",
  "tasks.calendar.month": "Месяц",
  "tasks.calendar.week": "Неделя",
  "tasks.calendar.legend": "Обозначения",
  "tasks.calendar.kind.task": "Задача",
  "tasks.calendar.kind.reminder": "Напоминание",
  "tasks.calendar.kind.meeting": "Встреча",
  "tasks.calendar.itemsCount": "записей: {count}",
  "tasks.calendar.nothingPlanned": "ничего не запланировано",
  "tasks.calendar.more": "ещё {count}",
  "tasks.calendar.dayEmpty": "На этот день ничего не запланировано.",
  "tasks.calendar.closed": "Закрыто",
  "tasks.calendar.truncated":
    "В этом периоде больше записей, чем помещается в календаре. Переключитесь на вид по неделям.",
  "tasks.calendar.keyboardHint":
    "Стрелки переходят между днями, Page Up и Page Down — между месяцами, Enter открывает день.",
};
