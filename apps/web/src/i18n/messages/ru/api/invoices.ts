import type { TApiMirror } from "../../en/api-mirror";

export const apiInvoices: TApiMirror<"invoices" | "documents"> = {
  "api.invoices.statusFinal":
    "Счёт в статусе «{status}» нельзя перевести в статус «{target}»: его статус больше не меняется.",
  "api.invoices.statusOneWay":
    "Счёт в статусе «{status}» нельзя перевести в статус «{target}»; можно только в «{option1}».",
  "api.invoices.statusTwoWays":
    "Счёт в статусе «{status}» нельзя перевести в статус «{target}»; можно в «{option1}» или «{option2}».",
  "api.invoices.statusThreeWays":
    "Счёт в статусе «{status}» нельзя перевести в статус «{target}»; можно в «{option1}», «{option2}» или «{option3}».",
  "api.invoices.issueNeedsLine": "Прежде чем выставить счёт, добавьте хотя бы одну позицию.",
  "api.invoices.notDraft":
    "Счёт {number} в статусе «{status}»: его позиции и условия больше не меняются. Отмените его и выставьте исправленный счёт.",
  "api.invoices.deleteOnlyDraft":
    "Счёт {number} в статусе «{status}»: удалить можно только черновик. Отмените счёт вместо удаления.",
  "api.invoices.chooseCompany": "Выберите компанию, которой выставляется счёт.",
  "api.invoices.describeLine": "Опишите позицию или выберите товар.",
  "api.invoices.giveUnitPrice": "Укажите цену за единицу.",
  "api.invoices.otherCurrency":
    "Цена товара указана в {productCurrency}, а счёт выставляется в {invoiceCurrency}. Укажите цену.",
  "api.invoices.amountTooLarge":
    "Сумма слишком велика для сохранения (не больше 999 999 999 999,99).",
  "api.documents.statusFinal":
    "Документ в статусе «{status}» нельзя перевести в статус «{target}»: его статус больше не меняется.",
  "api.documents.statusOneWay":
    "Документ в статусе «{status}» нельзя перевести в статус «{target}»; можно только в «{option1}».",
  "api.documents.statusTwoWays":
    "Документ в статусе «{status}» нельзя перевести в статус «{target}»; можно в «{option1}» или «{option2}».",
  "api.documents.statusThreeWays":
    "Документ в статусе «{status}» нельзя перевести в статус «{target}»; можно в «{option1}», «{option2}» или «{option3}».",
  "api.documents.templateProblems":
    "Шаблон нельзя сохранить: в нём есть неизвестные или незакрытые поля подстановки либо код. Исправьте текст шаблона.",
  "api.documents.templateNameTaken": "Шаблон с таким названием уже есть.",
  "api.documents.noUsableTemplate":
    "Нет доступного вам шаблона документа с таким идентификатором. Возможно, его удалили или отключили.",
  "api.documents.templateNeedsRecords":
    "Шаблон подставляет поля записей, которые не выбраны. Выберите нужные записи, доступные вам.",
};
