import type { TAreaMessages } from "../en";

export const search: TAreaMessages<"search"> = {
  "search.label": "Поиск по компаниям, контактам и сделкам",
  "search.placeholder": "Поиск клиентов и сделок",
  "search.shortcut": "Нажмите /, чтобы начать поиск с любой страницы",
  "search.results": "Результаты поиска",
  "search.tooShort": "Введите не меньше 2 символов.",
  "search.loading": "Ищем…",
  "search.empty": "Ничего не найдено по запросу «{query}»",
  "search.found": "Результаты ниже. Перемещайтесь по ним клавишами со стрелками.",
  "search.group.companies": "Компании",
  "search.group.contacts": "Контакты",
  "search.group.deals": "Сделки",
  "search.seeAll.companies": "Все найденные компании",
  "search.seeAll.contacts": "Все найденные контакты",
  "search.seeAll.deals": "Все найденные сделки",
};
