import type { TSettingsShellMessages } from "../../en/settings/shell";

export const settingsShell: TSettingsShellMessages = {
  "settings.title": "Настройки",
  "settings.intro":
    "Настройте компанию: её структуру, сотрудников, их права и сети, из которых можно входить.",
  "settings.nav.label": "Разделы настроек",
  "settings.nav.overview": "Обзор",
  "settings.nav.checking": "Проверяем, какие настройки вам доступны…",
  "settings.overview.noneTitle": "Здесь для вас нет настроек",
  "settings.overview.noneBody":
    "Ваши роли не дают доступа ни к одному разделу настроек. Если он нужен, обратитесь к администратору.",
  "settings.overview.someFailed":
    "Некоторые разделы сейчас не удалось проверить. Они показаны; если раздел откажет, ваши роли его не включают.",
  "settings.forbidden.title": "Этот раздел настроек вам недоступен",
  "settings.refused": "Сервер отклонил это действие.",
  "settings.forbidden.body":
    "Ваши роли не включают этот раздел. Если он нужен, обратитесь к администратору.",
  "settings.signInAgain": "Войти снова",
  "settings.serverSays": "Ответ сервера (на английском):",
  "settings.employeePicker.placeholder": "Введите имя или e-mail…",
  "settings.employeePicker.unavailable": "Список сотрудников вам недоступен.",

  "settings.area.organisation": "Организация",
  "settings.area.organisation.description": "Отделы, филиалы, направления продаж и рабочие группы.",
  "settings.area.employees": "Сотрудники",
  "settings.area.employees.description":
    "Люди, их руководители и место в компании, а также право входить в систему.",
  "settings.area.security": "Безопасность",
  "settings.area.security.description":
    "Сети, из которых могут входить сотрудники с ограничением по IP.",
  "settings.area.fields": "Разделы и поля",
  "settings.area.fields.description":
    "Типы записей, разделы карточки клиента и их дополнительные поля.",
  "settings.area.audit": "Журнал аудита",
  "settings.area.audit.description":
    "Кто, что и когда сделал: входы, изменения с состоянием до и после, удаления.",
  "settings.area.explain": "Проверка доступа",
  "settings.area.explain.description":
    "Узнайте, может ли сотрудник выполнить действие и какая роль, группа или правило это решает.",
};
