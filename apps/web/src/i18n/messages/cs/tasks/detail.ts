import type { tasksDetail as en } from "../../en/tasks/detail";
import type { TTasksMirror } from "../../en/tasks/mirror";

export const tasksDetail: TTasksMirror<typeof en> = {
  "tasks.detail.metaTitle": "Úkol",
  "tasks.detail.breadcrumb": "Drobečková navigace",
  "tasks.detail.details": "Podrobnosti",
  "tasks.detail.noDescription": "Bez popisu.",
  "tasks.detail.completedAt": "Dokončeno",
  "tasks.detail.createdAt": "Vytvořeno",
  "tasks.detail.updatedAt": "Naposledy změněno",
  "tasks.detail.linkedTo": "Souvisí s",
  "tasks.detail.linkCompany": "Firma",
  "tasks.detail.linkContact": "Kontakt",
  "tasks.detail.linkDeal": "Obchod",

  "tasks.edit.title": "Upravit úkol",
  "tasks.edit.done": "Úkol byl uložen.",

  "tasks.participants.change": "Změnit účastníky",
  "tasks.participants.none": "Nikdo další se neúčastní.",

  "tasks.delete.title": "Smazat tento úkol?",
  "tasks.delete.body":
    "„{title}“ a jeho připomenutí budou smazány pro všechny. Chcete-li úkol zachovat v historii, označte ho jako hotový nebo ho stornujte.",
  "tasks.delete.confirm": "Smazat úkol",
  "tasks.delete.done": "„{title}“ byl smazán i s připomenutími ({count}).",
  "tasks.related.title": "Úkoly",
  "tasks.related.empty": "Zatím tu nejsou žádné úkoly.",
  "tasks.related.noAccess": "Tyto úkoly nesmíte vidět.",
  "tasks.related.due": "Termín",
  "tasks.related.noDue": "Bez termínu",
};
