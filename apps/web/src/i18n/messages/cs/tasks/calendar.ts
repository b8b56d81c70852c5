import type { tasksCalendar as en } from "../../en/tasks/calendar";
import type { TTasksMirror } from "../../en/tasks/mirror";

export const tasksCalendar: TTasksMirror<typeof en> = {
  "tasks.calendar.title": "Kalendář",
  "tasks.calendar.intro": "Vaše úkoly, připomenutí a schůzky po měsících nebo po týdnech.",
  "tasks.calendar.today": "Dnes",
  "tasks.calendar.prevMonth": "Předchozí měsíc",
  "tasks.calendar.nextMonth": "Další měsíc",
  "tasks.calendar.prevWeek": "Předchozí týden",
  "tasks.calendar.nextWeek": "Další týden",
  "tasks.calendar.viewLabel": "Zobrazení kalendáře",
  "tasks.calendar.month": "Měsíc",
  "tasks.calendar.week": "Týden",
  "tasks.calendar.legend": "Legenda",
  "tasks.calendar.kind.task": "Úkol",
  "tasks.calendar.kind.reminder": "Připomenutí",
  "tasks.calendar.kind.meeting": "Schůzka",
  "tasks.calendar.itemsCount": "položky: {count}",
  "tasks.calendar.nothingPlanned": "nic naplánováno",
  "tasks.calendar.more": "+{count} další",
  "tasks.calendar.dayEmpty": "Na tento den není nic naplánováno.",
  "tasks.calendar.closed": "Uzavřeno",
  "tasks.calendar.truncated":
    "V tomto období je víc položek, než kalendář zobrazí. Přepněte na týdenní zobrazení.",
  "tasks.calendar.keyboardHint":
    "Šipky přecházejí mezi dny, Page Up a Page Down mezi měsíci, Enter otevře den.",
};
