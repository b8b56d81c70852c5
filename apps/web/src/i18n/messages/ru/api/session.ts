import type { TApiMirror } from "../../en/api-mirror";

export const apiSession: TApiMirror<"session"> = {
  "api.session.ended": "Ваш сеанс завершён. Войдите снова.",
  "api.session.blocked": "Эта учётная запись заблокирована. Обратитесь к администратору.",
  "api.session.expired": "Срок вашего доступа истёк. Попросите администратора продлить его.",
  "api.session.ipRestricted":
    "Вашей учётной записью можно пользоваться только из разрешённых сетей компании. Подключитесь из одной из них.",
  "api.session.noRight":
    "У вас нет права «{action}» в разделе «{resource}». Попросите администратора выдать роль с этим правом.",
};
