import type { TSettingsEmployeesMessages } from "../../en/settings/employees";

export const settingsEmployees: TSettingsEmployeesMessages = {
  "settings.employees.intro":
    "Все, кто работает в этом проекте: руководитель, отдел, филиал и направление продаж, а также право входить в систему.",
  "settings.employees.new": "Новый сотрудник",
  "settings.employees.filtersLabel": "Поиск и фильтры сотрудников",
  "settings.employees.search": "Поиск сотрудников",
  "settings.employees.searchPlaceholder": "Имя или e-mail",
  "settings.employees.any": "Любой",
  "settings.employees.clearFilters": "Сбросить фильтры",
  "settings.employees.count": "Показано сотрудников: {count}",
  "settings.employees.empty": "Сотрудников пока нет.",
  "settings.employees.backToList": "Все сотрудники",

  "settings.employees.name": "Имя",
  "settings.employees.email": "E-mail для входа",
  "settings.employees.emailHint":
    "С ним сотрудник входит в систему. Позже здесь его изменить нельзя.",
  "settings.employees.password": "Первый пароль",
  "settings.employees.passwordHint":
    "Не меньше 12 символов. Нужен только для нового e-mail; тот, кто уже работает в другом проекте, сохраняет свой пароль.",
  "settings.employees.phone": "Телефон",
  "settings.employees.position": "Должность",
  "settings.employees.userType": "Тип пользователя",
  "settings.employees.userTypeOnce":
    "Выбирайте внимательно: тип пользователя задаётся при создании и не меняется никогда.",
  "settings.employees.userTypeFixed":
    "Выбран при создании сотрудника и не может быть изменён. Чтобы дать человеку другой тип, создайте нового сотрудника.",
  "settings.employees.userType.admin": "Администратор",
  "settings.employees.userType.admin.hint": "Видит и настраивает всё в проекте.",
  "settings.employees.userType.administration": "Администрация",
  "settings.employees.userType.administration.hint":
    "Руководитель: видит свои записи и записи своих сотрудников.",
  "settings.employees.userType.employee": "Сотрудник",
  "settings.employees.userType.employee.hint":
    "Работает со своими записями; подчиняется пользователю из администрации.",
  "settings.employees.manager": "Ответственный (руководитель)",
  "settings.employees.managerHint": "Должен быть пользователем типа «{type}».",
  "settings.employees.adminHasNoManager": "У администратора нет ответственного.",
  "settings.employees.department": "Отдел",
  "settings.employees.branch": "Филиал",
  "settings.employees.direction": "Направление продаж",
  "settings.employees.directionHint":
    "Проставляется в созданных им компаниях, интересах и сделках.",
  "settings.employees.orgUnavailable":
    "Вам недоступны настройки организации, поэтому отдел, филиал и направление здесь изменить нельзя.",
  "settings.employees.shownInList": "Показывать в списке сотрудников",
  "settings.employees.shownInListHint":
    "Отключите для служебных учётных записей и тех, кого другим не следует выбирать, например ответственным.",
  "settings.employees.reminderInterval": "Интервал напоминаний (минуты)",
  "settings.employees.reminderIntervalHint":
    "Всплывающее окно каждые N минут, пока задача не решена. Пустое поле отключает напоминания.",
  "settings.employees.createTitle": "Новый сотрудник",
  "settings.employees.createIntro":
    "Вход, место в компании и руководитель. Роли назначаются на странице ролей.",
  "settings.employees.createSubmit": "Создать сотрудника",
  "settings.employees.created": "Сотрудник {name} создан.",
  "settings.employees.detailsTitle": "Данные и место в компании",
  "settings.employees.saved": "Изменения сохранены.",
  "settings.employees.nothingChanged": "Пока ничего не изменено.",
  "settings.employees.reload": "Загрузить актуальные данные",

  "settings.employees.accessTitle": "Доступ",
  "settings.employees.status": "Статус",
  "settings.employees.current": "сейчас",
  "settings.employees.status.active": "Активен",
  "settings.employees.status.active.hint": "Может входить из любой сети.",
  "settings.employees.status.ip_restricted": "Ограничен по IP",
  "settings.employees.status.ip_restricted.hint":
    "Может входить только из разрешённых сетей со страницы «Безопасность».",
  "settings.employees.status.blocked": "Заблокирован",
  "settings.employees.status.blocked.hint": "Не может войти; открытые сеансы сразу завершаются.",
  "settings.employees.changeStatus": "Изменить статус",
  "settings.employees.confirmStatusTitle": "{name}: сменить статус на «{status}»?",
  "settings.employees.confirmStatus": "Сменить на «{status}»",
  "settings.employees.confirm.active":
    "Сотрудник снова сможет входить из любой сети с правами своих ролей.",
  "settings.employees.confirm.ip_restricted":
    "Начиная со следующего запроса сотрудник сможет работать только из разрешённых сетей. Из других сетей ему будет отказано.",
  "settings.employees.confirm.blocked":
    "При следующем запросе сотрудник будет выведен из системы везде и не сможет войти, пока вы снова не сделаете его активным. Его записи сохранятся.",
  "settings.employees.statusChanged": "{name}: статус теперь «{status}».",
  "settings.employees.expired": "Доступ истёк",
  "settings.employees.accessUntil": "Доступ до",
  "settings.employees.hiddenFromList": "Не в списке",
  "settings.employees.expiry": "Срок доступа",
  "settings.employees.expiryCurrent": "Доступ заканчивается",
  "settings.employees.expiryNone": "Доступ бессрочный.",
  "settings.employees.expiryNew": "Заканчивается",
  "settings.employees.expiryInvalid": "Укажите дату и время.",
  "settings.employees.expirySetAction": "Установить срок",
  "settings.employees.expiryChange": "Изменить срок",
  "settings.employees.expiryRemove": "Снять срок",
  "settings.employees.expiryConfirmTitle": "Ограничить доступ сотрудника {name}?",
  "settings.employees.expiryConfirmBody":
    "{name} может работать до {when}. После этого сотрудник будет выведен из системы при следующем запросе и не сможет войти.",
  "settings.employees.expiryRemoveTitle": "Снять срок доступа сотрудника {name}?",
  "settings.employees.expiryRemoveBody": "Доступ сотрудника {name} больше не закончится сам.",
  "settings.employees.expirySet": "Срок доступа сотрудника {name} установлен.",
  "settings.employees.expiryRemoved": "Доступ сотрудника {name} теперь бессрочный.",
};
