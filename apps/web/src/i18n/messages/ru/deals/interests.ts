import type { dealsInterests as en } from "../../en/deals/interests";
import type { TDealsMirror } from "../../en/deals/mirror";

export const dealsInterests: TDealsMirror<typeof en> = {
  "deals.interests.title": "Интересы",
  "deals.interests.intro": "Лиды, которые ждут превращения в сделки.",
  "deals.interests.search": "Поиск интересов",
  "deals.interests.searchPlaceholder": "Поиск по названию",
  "deals.interests.caption": "Интересы, сначала недавно изменённые",
  "deals.interests.empty": "Интересов пока нет — по крайней мере доступных вам.",
  "deals.interests.noMatch": "Ни один интерес не подходит под эти фильтры.",
  "deals.interests.create": "Новый интерес",
  "deals.interests.createTitle": "Новый интерес",
  "deals.interests.createHint": "Ответственным будете вы. Обязательно только название.",
  "deals.interests.createSubmit": "Создать интерес",
  "deals.interests.created": "Интерес «{title}» создан.",
  "deals.interests.source": "Источник",
  "deals.interests.sourcePlaceholder": "Форма на сайте, выставка, рекомендация…",
  "deals.interests.product": "Товар",
  "deals.interests.actions": "Действия",
  "deals.interests.status.new": "Новый",
  "deals.interests.status.qualified": "Квалифицирован",
  "deals.interests.status.converted": "Преобразован",
  "deals.interests.status.discarded": "Отклонён",
  "deals.interests.convert": "Создать сделку",
  "deals.interests.convertNamed": "Создать сделку из «{title}»",
  "deals.interests.convertTitle": "Преобразовать в сделку",
  "deals.interests.convertHint":
    "Сделка сохранит компанию, контакт, товар и ответственного интереса.",
  "deals.interests.converting": "Преобразуем…",
  "deals.interests.converted": "«{title}» теперь сделка.",
  "deals.interests.amountFromProduct": "Если пусто, суммой станет цена товара из каталога.",
  "deals.interests.productCurrency": "Валюта товара",
};
