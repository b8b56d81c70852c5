import type { TAreaMessages } from "../en";

export const shell: TAreaMessages<"shell"> = {
  "shell.skipToContent": "Перейти к содержимому",
  "shell.signOut": "Выйти",
  "shell.language": "Язык",
  "shell.languageSaveFailed": "Не удалось сохранить язык. Попробуйте ещё раз.",
  "shell.projectSwitch": "Проект: {project}. Сменить проект",
  "shell.projects": "Ваши проекты",
  "shell.projectSwitchFailed": "Не удалось сменить проект. Попробуйте ещё раз.",
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
};
