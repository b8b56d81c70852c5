import type { TMessages } from "./en";

export const ru: TMessages = {
  "app.name": "Charter",
  "app.description": "Charter CRM",

  "signIn.title": "Вход",
  "signIn.heading": "Вход в Charter",
  "signIn.intro": "Введите e-mail и пароль, которые вам выдал администратор.",
  "signIn.email": "E-mail",
  "signIn.password": "Пароль",
  "signIn.submit": "Войти",
  "signIn.pending": "Входим…",
  "signIn.error.wrongCredentials": "Неверный e-mail или пароль.",
  "signIn.error.noAccess":
    "Ваш доступ заблокирован или истёк. Попросите администратора восстановить его.",
  "signIn.error.failed": "Не удалось войти. Попробуйте ещё раз чуть позже.",
  "signIn.error.throttled":
    "Слишком много неудачных попыток для этой учётной записи или сети. Подождите 15 минут и попробуйте снова.",
  "signIn.error.ipRefused":
    "Вашей учётной записью можно пользоваться только из разрешённых сетей компании. Подключитесь из одной из них и попробуйте снова.",

  "shell.skipToContent": "Перейти к содержимому",
  "shell.signOut": "Выйти",
  "shell.language": "Язык",
  "shell.languageSaveFailed": "Не удалось сохранить язык. Попробуйте ещё раз.",
  "shell.navLabel": "Разделы",

  "nav.home": "Главная",
  "nav.deals": "Сделки",
  "nav.clients": "Клиенты",
  "nav.tasks": "Задачи",
  "nav.reports": "Отчёты",
  "nav.settings": "Настройки",

  "home.welcome": "Добро пожаловать, {name}",
  "home.signedInAs": "Вы вошли как {email} · {project}",

  "comingSoon.title": "Скоро появится",
  "comingSoon.body": "Этот раздел ещё в работе. Он появится здесь в одной из следующих версий.",

  "common.loading": "Загрузка…",
  "common.loadFailed": "При загрузке что-то пошло не так. Попробуйте ещё раз чуть позже.",

  "notFound.title": "Страница не найдена",
  "notFound.body": "Такой страницы нет, или у вас нет к ней доступа.",
  "notFound.home": "На главную",
};
