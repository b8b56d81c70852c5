import type { TTasksMirror } from "../../en/tasks/mirror";
import type { tasksReminders as en } from "../../en/tasks/reminders";

export const tasksReminders: TTasksMirror<typeof en> = {
  "tasks.reminders.title": "Připomenutí",
  "tasks.reminders.onlyYours": "Jen vaše otevřená připomenutí.",
  "tasks.reminders.none": "Žádná otevřená připomenutí.",
  "tasks.reminders.new": "Přidat připomenutí",
  "tasks.reminders.what": "Připomenout",
  "tasks.reminders.when": "Kdy",
  "tasks.reminders.add": "Přidat připomenutí",
  "tasks.reminders.resolve": "Vyřízeno",
  "tasks.reminders.lookFurther": "Hledat mezi dalšími připomenutími",

  "tasks.popup.title": "Nastal čas: {count}",
  "tasks.popup.description":
    "Toto okno se bude vracet každých {minutes} min, dokud nebude vše vyřízeno.",
  "tasks.popup.announce": "Připomenutí k vyřízení: {count}. Okno připomenutí je otevřené.",
  "tasks.popup.kindReminder": "Připomenutí",
  "tasks.popup.kindTask": "Úkol po termínu",
  "tasks.popup.resolve": "Vyřízeno",
  "tasks.popup.markDone": "Hotovo",
  "tasks.popup.snooze": "Připomenout za {minutes} min",
  "tasks.popup.close": "Skrýt na {minutes} min",
  "tasks.popup.truncated": "K vyřízení je víc, než se sem vejde.",
};
