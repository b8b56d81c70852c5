import type { TAreaMessages } from "../en";

export const signIn: TAreaMessages<"signIn"> = {
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
};
