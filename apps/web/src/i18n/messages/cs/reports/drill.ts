import type { reportsDrill as en } from "../../en/reports/drill";
import type { TReportsMirror } from "../../en/reports/mirror";

export const reportsDrill: TReportsMirror<typeof en> = {
  "reports.drill.dealsTitle": "Obchody za tímto číslem",
  "reports.drill.activitiesTitle": "Aktivity za tímto číslem",
  "reports.drill.pipelineTitle": "Otevřené obchody · {stage}",
  "reports.drill.wonTitle": "Vyhrané obchody · {month}",
  "reports.drill.lostTitle": "Prohrané obchody · {month}",
  "reports.drill.enteredTitle": "Obchody, které vstoupily do fáze „{stage}“",
  "reports.drill.advancedTitle": "Obchody, které postoupily z fáze „{stage}“",
  "reports.drill.wonFromTitle": "Obchody vyhrané po fázi „{stage}“",
  "reports.drill.activityTitle": "{kind} · {employee}",
  "reports.drill.everyone": "všichni",
  "reports.drill.allActivities": "Všechny aktivity",
  "reports.drill.inCurrency": "Jen obchody v měně {currency}",
  "reports.drill.total": "V tomto čísle: {count}",
  "reports.drill.amountHidden": "Částky pro vás nejsou dostupné.",
  "reports.drill.dealsList": "Obchody",
  "reports.drill.activitiesList": "Aktivity",
  "reports.drill.empty": "Za tímto číslem už nejsou žádné záznamy.",
  "reports.drill.figureGone":
    "Toto číslo už na přehledu není: jeho fáze mohla být odstraněna. Zavřete okno a vyberte číslo znovu.",
  "reports.drill.expectedClose": "očekávané uzavření {date}",
  "reports.drill.closedOn": "uzavřen {date}",
  "reports.drill.minutes": "{count} min",
};
