import type { reportsDrill as en } from "../../en/reports/drill";
import type { TReportsMirror } from "../../en/reports/mirror";

export const reportsDrill: TReportsMirror<typeof en> = {
  "reports.drill.dealsTitle": "Сделки за цифрой",
  "reports.drill.activitiesTitle": "Активности за цифрой",
  "reports.drill.pipelineTitle": "Открытые сделки · {stage}",
  "reports.drill.wonTitle": "Выигранные сделки · {month}",
  "reports.drill.lostTitle": "Проигранные сделки · {month}",
  "reports.drill.enteredTitle": "Сделки, вошедшие в этап «{stage}»",
  "reports.drill.advancedTitle": "Сделки, прошедшие дальше этапа «{stage}»",
  "reports.drill.wonFromTitle": "Сделки, выигранные после этапа «{stage}»",
  "reports.drill.activityTitle": "{kind} · {employee}",
  "reports.drill.everyone": "все сотрудники",
  "reports.drill.allActivities": "Все активности",
  "reports.drill.inCurrency": "Только сделки в валюте {currency}",
  "reports.drill.total": "В этой цифре: {count}",
  "reports.drill.amountHidden": "Суммы вам недоступны.",
  "reports.drill.dealsList": "Сделки",
  "reports.drill.activitiesList": "Активности",
  "reports.drill.empty": "За этой цифрой больше нет записей.",
  "reports.drill.figureGone":
    "Этой цифры больше нет на панели: возможно, её этап удалён. Закройте окно и выберите цифру снова.",
  "reports.drill.expectedClose": "ожидаемое закрытие {date}",
  "reports.drill.closedOn": "закрыта {date}",
  "reports.drill.minutes": "{count} мин",
};
