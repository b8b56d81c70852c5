import type { TApiMirror } from "../../en/api-mirror";

export const apiDeals: TApiMirror<"deals" | "interests"> = {
  "api.deals.stageRefused":
    "Вы не можете перевести эту сделку на этап «{stage}»: ваши роли не дают работать со сделками на этом этапе.",
  "api.deals.alreadyInStage": "Сделка уже находится на этапе «{stage}».",
  "api.deals.noSuchPipeline":
    "В этом проекте нет воронки с таким идентификатором, или в ней ещё нет этапов.",
  "api.deals.noPipelineYet":
    "В этом проекте ещё нет воронки. Попросите администратора настроить её.",
  "api.deals.noSuchPartner":
    "Нет компании-партнёра с таким идентификатором. Выберите партнёра из списка.",
  "api.deals.noSuchStage": "В этом проекте нет этапа с таким идентификатором.",
  "api.deals.stageElsewhere": "Этот этап относится к другой воронке.",
  "api.deals.noSuchProduct": "Нет товара с таким идентификатором.",
  "api.deals.noProductInCatalogue":
    "Нет товара с таким идентификатором. Выберите товар из каталога.",
  "api.deals.productRetired": "Товар «{product}» больше не продаётся.",
  "api.deals.otherCurrency":
    "Цена товара «{product}» указана в {productCurrency}, а сделка ведётся в {dealCurrency}. Укажите цену за единицу в {dealCurrency}.",
  "api.deals.totalTooLarge": "Итоговая сумма больше, чем может вместить сделка.",
  "api.deals.amountFromLines":
    "Сумма этой сделки складывается из её товарных позиций (их {count}). Измените позиции, а не сумму.",
  "api.deals.sortHidden":
    "Вы не можете сортировать сделки по столбцу «{column}»: он скрыт от вас, и порядок выдал бы его значения. Выберите другой столбец.",
  "api.deals.cursorOtherOrder":
    "Продолжение списка относится к другому порядку сортировки. Начните с первой страницы.",
  "api.deals.cursorInvalid": "Продолжение списка недействительно. Начните с первой страницы.",
  "api.deals.skuTaken": "Артикул «{sku}» уже занят другим товаром. Выберите другой код.",
  "api.interests.staysConverted": "Этот интерес уже преобразован в сделку и останется таким.",
  "api.interests.alreadyConverted": "Этот интерес уже преобразован в сделку.",
  "api.interests.discarded":
    "Этот интерес отклонён. Верните его в работу (статус «новый» или «квалифицирован»), прежде чем преобразовывать.",
  "api.interests.giveCurrency": "Укажите валюту сделки, например CZK.",
  "api.interests.productRetired": "Товар «{product}» больше не продаётся. Выберите другой товар.",
};
