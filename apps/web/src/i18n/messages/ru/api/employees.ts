import type { TApiMirror } from "../../en/api-mirror";

export const apiEmployees: TApiMirror<"employees" | "permissions"> = {
  "api.employees.noSuchEmployee": "В этом проекте нет такого сотрудника.",
  "api.employees.ownPlacement":
    "Вы не можете сами менять своего руководителя, отдел или направление. Попросите администратора (Admin) сделать это за вас.",
  "api.employees.ownStatus":
    "Вы не можете сами менять свой статус. Попросите администратора (Admin) сделать это за вас.",
  "api.employees.ownExpiry":
    "Вы не можете сами менять срок своего доступа. Попросите администратора (Admin) сделать это за вас.",
  "api.employees.emailTaken": "{email} уже работает в этом проекте.",
  "api.employees.firstPassword": "У {email} ещё нет учётной записи. Задайте первый пароль.",
  "api.employees.managerRefused":
    "Такого ответственного назначить нельзя: это нарушает правила иерархии.",
  "api.employees.noSuchDepartment": "В этом проекте нет такого отдела.",
  "api.employees.noSuchBranch": "В этом проекте нет такого филиала.",
  "api.employees.noSuchDirection": "В этом проекте нет такого направления.",
  "api.employees.hierarchyRule":
    "Изменение нарушает правила иерархии сотрудников. Обновите страницу и проверьте данные.",
  "api.permissions.noRecords":
    "В разделе «{resource}» нет отдельных записей. Не указывайте запись.",
  "api.permissions.sayWhichRecord": "Укажите, какую запись раздела «{resource}» нужно проверить.",
};
