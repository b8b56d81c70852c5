import type { TSettingsAccessMessages } from "../../en/settings/access";

export const settingsAccess: TSettingsAccessMessages = {
  "settings.area.roles": "Роли",
  "settings.area.roles.description":
    "Что может каждая роль, с какими записями и у кого она есть. Сотрудник получает права всех своих ролей вместе.",
  "settings.area.groups": "CRM-группы",
  "settings.area.groups.description":
    "Группы сотрудников с правами на записи; у каждой один или несколько руководителей.",
  "settings.scope.none": "—",
  "settings.scope.own": "Свои",
  "settings.scope.subordinates": "Команда",
  "settings.scope.department": "Отдел",
  "settings.scope.direction": "Направление",
  "settings.scope.project": "Все",

  "settings.roles.intro":
    "У сотрудника может быть несколько ролей, и он получает все их права вместе (D1). Начните со встроенного шаблона и настройте его.",
  "settings.roles.new": "Новая роль",
  "settings.roles.cloneAction": "Копировать роль или шаблон",
  "settings.roles.clone": "Копировать",
  "settings.roles.cloneTitle": "Копировать роль",
  "settings.roles.cloneHint":
    "Копия получает права и правила полей источника, но не его владельцев. Меняйте её, не затрагивая оригинал.",
  "settings.roles.cloneFrom": "Копировать из",
  "settings.roles.sourceRole": "Роль: {name}",
  "settings.roles.sourceTemplate": "Шаблон: {name}",
  "settings.roles.newName": "Название копии",
  "settings.roles.created": "Роль «{name}» создана.",
  "settings.roles.cloned": "Роль «{name}» создана как копия.",
  "settings.roles.empty": "Ролей пока нет.",
  "settings.roles.kind": "Вид",
  "settings.roles.fromTemplate": "Из шаблона",
  "settings.roles.readOnly": "Только чтение",
  "settings.roles.readOnlyHint":
    "Её владельцы могут просматривать то, до чего достают её права, и ничего не могут менять, какие бы ещё роли у них ни были.",
  "settings.roles.holders": "Владельцы",
  "settings.roles.backToList": "Все роли",
  "settings.roles.tabsLabel": "Части роли",
  "settings.roles.permissions": "Права",
  "settings.roles.matrixIntro":
    "Каждая ячейка говорит, насколько далеко действует роль для этого действия: свои записи владельца, его команды, его отдела, его направления продаж или все записи проекта. Изменение действует со следующего запроса каждого владельца.",
  "settings.roles.readOnlyNote":
    "Эта роль только для чтения: что бы ни было в ячейках, её владельцы могут только просматривать.",
  "settings.roles.matrixCaption": "Права роли «{name}»",
  "settings.roles.resource": "Что",
  "settings.roles.scope": "Охват",
  "settings.roles.cellSaved": "Сохранено: {resource}, {action}: {scope}.",
  "settings.roles.conditionalCount": "+ {count} с условием",
  "settings.roles.conditionalTitle": "Права с условием",
  "settings.roles.noConditional": "Нет: каждое право выше действует на все записи своего охвата.",
  "settings.roles.addConditional": "Добавить право с условием",
  "settings.roles.conditionalHelp":
    "Право действует только на записи, где выполняется условие, например на сделки, у партнёрской компании которых ответственный — владелец роли.",
  "settings.roles.conditionHint":
    "Язык условий модели прав: eq, ne, in, lt, gt, and, or, not; переменные $me, $myDirection, $myDepartment.",
  "settings.roles.when": "если",
  "settings.roles.removeGrantNamed": "Убрать {grant}",
  "settings.roles.removeGrantTitle": "Убрать это право?",
  "settings.roles.editTitle": "Изменить «{name}»",
  "settings.roles.deleteTitle": "Удалить роль «{name}»?",
  "settings.roles.deleteBody":
    "Удалить можно только роль, которой ни у кого нет. Её права удаляются вместе с ней; это нельзя отменить.",
  "settings.roles.deleted": "Роль удалена.",
  "settings.roles.noHolders": "Этой роли ни у кого нет.",
  "settings.roles.until": "До",
  "settings.roles.noEnd": "Бессрочно",
  "settings.roles.expired": "Истекла",
  "settings.roles.giveTo": "Выдать роль",
  "settings.roles.untilOptional": "До (необязательно)",
  "settings.roles.assign": "Выдать роль",
  "settings.roles.assignTo": "Выдать роль «{role}» сотруднику",
  "settings.roles.assigned": "{name}: теперь есть роль «{role}».",
  "settings.roles.unassignNamed": "Забрать роль у сотрудника {name}",
  "settings.roles.unassignTitle": "Забрать роль «{role}» у сотрудника {name}?",
  "settings.roles.unassignBody": "Права от этой роли закончатся при его следующем запросе.",
  "settings.roles.unassigned": "{name}: роли «{role}» больше нет.",

  "settings.groups.intro":
    "CRM-группа даёт участникам права на контакты, объекты, активности и сделки (D3). Руководители группы следят за ней.",
  "settings.groups.new": "Новая группа",
  "settings.groups.created": "Группа «{name}» создана.",
  "settings.groups.empty": "CRM-групп пока нет.",
  "settings.groups.managers": "Руководители",
  "settings.groups.manager": "Руководитель",
  "settings.groups.members": "Участники",
  "settings.groups.firstManager": "Руководитель",
  "settings.groups.firstManagerHint":
    "У группы всегда есть хотя бы один руководитель; остальных участников добавьте потом.",
  "settings.groups.backToList": "Все CRM-группы",
  "settings.groups.editTitle": "Изменить «{name}»",
  "settings.groups.deleteTitle": "Удалить группу «{name}»?",
  "settings.groups.deleteBody":
    "Участники потеряют права группы при следующем запросе. Группу, которая ограничивает раздел или шаблон документа, нельзя удалить, пока её не уберут оттуда.",
  "settings.groups.deleted": "Группа удалена.",
  "settings.groups.makeManager": "Сделать руководителем",
  "settings.groups.unmakeManager": "Снять с руководства",
  "settings.groups.asManager": "Руководителем",
  "settings.groups.rights": "Права каждого участника",
  "settings.groups.rightsIntro":
    "Группа даёт права только на записи; права на настройки выдаются через роли.",

  "settings.overrides.title": "Личные исключения",
  "settings.overrides.intro":
    "Разрешите или запретите одно действие только этому сотруднику, например запретите удалять активности или разрешите удалять контакты. Запрет всегда сильнее любого права от роли или группы.",
  "settings.overrides.none": "Личных исключений нет.",
  "settings.overrides.add": "Добавить исключение",
  "settings.overrides.addTitle": "Исключение для сотрудника {name}",
  "settings.overrides.effect": "Действие исключения",
  "settings.overrides.allow": "Разрешить",
  "settings.overrides.deny": "Запретить",
  "settings.overrides.conditionHelp":
    "С условием исключение действует только для записей, где оно выполняется, например запрет удалять уже выигранные сделки; без условия — для всех записей.",
  "settings.overrides.note": "Почему",
  "settings.overrides.noteHint": "Для следующего администратора, который задастся вопросом.",
  "settings.overrides.removeTitle": "Убрать это исключение сотрудника {name}?",
};
