import type { TAreaMessages } from "../en";

export const common: TAreaMessages<"common"> = {
  "app.name": "Charter",
  "app.description": "Charter CRM",

  "common.loading": "Загрузка…",
  "common.loadFailed": "При загрузке что-то пошло не так. Попробуйте ещё раз чуть позже.",
  "common.retry": "Повторить",
  "common.save": "Сохранить",
  "common.saving": "Сохраняем…",
  "common.cancel": "Отмена",
  "common.close": "Закрыть",
  "common.edit": "Изменить",
  "common.delete": "Удалить",
  "common.deleting": "Удаляем…",
  "common.reload": "Обновить",
  "common.search": "Поиск",
  "common.removeFilter": "Снять фильтр: {name}",
  "common.yes": "Да",
  "common.no": "Нет",
  "common.none": "—",
  "common.required": "обязательно",
  "common.readOnly": "Только чтение",
  "common.noResults": "По вашему запросу ничего не найдено.",
  "common.loadMore": "Показать ещё",
  "common.loadingMore": "Загружаем ещё…",
  "common.shownOfTotal": "Показано {shown} из {total}",
  "common.allShown": "Показаны все: {total}",
  "common.backToStart": "К первой странице",
  "common.sortBy": "Сортировать по столбцу «{column}»",
  "common.dismiss": "Скрыть",
  "common.notifications": "Уведомления",
  "common.comboboxEmpty": "Ничего не найдено",

  "errors.notFound": "Такой записи нет, или у вас нет к ней доступа.",
  "errors.conflict":
    "Кто-то изменил эту запись, пока она была у вас открыта. Обновите её, проверьте изменения и сохраните снова.",
  "errors.unauthenticated": "Ваш сеанс завершён. Войдите снова.",
  "errors.invalidInput": "Некоторые значения неверны. Проверьте выделенные поля.",
  "errors.fieldInvalid": "Проверьте это значение.",
  "errors.network": "Сервер недоступен. Проверьте подключение и попробуйте снова.",
  "errors.unexpected": "Что-то пошло не так. Попробуйте ещё раз чуть позже.",
  "errors.forbidden.noGrant":
    "Ни одна из ваших ролей этого не разрешает. Попросите администратора выдать нужную роль.",
  "errors.forbidden.denyOverride": "Администратор запретил вам это действие.",
  "errors.forbidden.readOnly":
    "У вашей учётной записи доступ только для чтения: смотреть можно, менять нельзя.",
  "errors.forbidden.fieldAccess":
    "Часть этих полей относится к разделу, который вам нельзя менять. Не трогайте их или обратитесь к администратору.",
  "errors.forbidden.ipRestricted":
    "Вашей учётной записью можно пользоваться только из разрешённых сетей компании. Подключитесь из одной из них.",
  "errors.forbidden.protected": "Это может сделать только администратор (Admin).",
  "errors.forbidden.other": "Вам нельзя это сделать. Обратитесь к администратору.",
  "errors.validation.required": "Заполните это поле.",
  "errors.validation.email": "Введите e-mail, например office@example.com.",
  "errors.validation.number": "Введите число, например 12 или 12,5.",
  "errors.validation.url": "Введите веб-адрес, например https://example.com.",

  "notFound.title": "Страница не найдена",
  "notFound.body": "Такой страницы нет, или у вас нет к ней доступа.",
  "notFound.home": "На главную",
};
