import type { dealsBoard as en } from "../../en/deals/board";
import type { TDealsMirror } from "../../en/deals/mirror";

export const dealsBoard: TDealsMirror<typeof en> = {
  "deals.title": "Сделки",
  "deals.intro": "Ваша воронка: перетаскивайте сделку на следующий этап, когда она продвигается.",
  "deals.noAccess":
    "Ваши роли не позволяют видеть сделки. Если они вам нужны, обратитесь к администратору.",
  "deals.pipelineMissing.body": "Такой воронки нет, или она вам недоступна.",
  "deals.pipelineMissing.action": "Показать первую воронку",

  "deals.views.label": "Представления сделок",
  "deals.views.board": "Доска",
  "deals.views.list": "Список",
  "deals.views.interests": "Интересы",

  "deals.status.open": "Открыта",
  "deals.status.won": "Выиграна",
  "deals.status.lost": "Проиграна",
  "deals.stage.probability": "{value} %",

  "deals.board.label": "Доска воронки «{pipeline}»",
  "deals.board.howTo":
    "Перетащите карточку в другую колонку, чтобы перевести сделку, или выберите этап с клавиатуры в меню карточки.",
  "deals.board.openCount": "Открытых сделок: {count}",
  "deals.board.countLabel": "Сделок",
  "deals.board.countTitle": "Сделок на этом этапе: {count}",
  "deals.board.emptyColumn": "Нет сделок",
  "deals.board.dropHere": "Перетащите сюда",
  "deals.board.loadMore": "Показать ещё ({shown} из {total})",

  "deals.move.menu": "Перевести на этап",
  "deals.move.menuFor": "Перевести «{title}» на другой этап",
  "deals.move.done": "«{title}» переведена на этап «{stage}».",
  "deals.move.tasksFired": "Создано задач этапа: {count}.",
  "deals.move.refusedTitle": "Сделка не переведена",
  "deals.move.stays": "«{title}» остаётся на этапе «{from}».",
  "deals.move.refused.stageRight":
    "Ваши роли не позволяют работать со сделками на этапе «{stage}». Попросите руководителя перевести её или дать вам доступ к этому этапу.",
  "deals.move.refused.conflict":
    "Кто-то только что изменил эту сделку; на доске теперь последняя версия. Попробуйте перевести ещё раз.",
  "deals.move.refused.gone": "«{title}» вам больше недоступна, поэтому не переведена.",

  "deals.create.open": "Новая сделка",
  "deals.create.title": "Новая сделка",
  "deals.create.description": "Ответственным будете вы. Обязательно только название.",
  "deals.create.submit": "Создать сделку",
  "deals.create.done": "«{title}» создана на этапе «{stage}».",
};
