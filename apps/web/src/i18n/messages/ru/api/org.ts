import type { TApiMirror } from "../../en/api-mirror";

export const apiOrg: TApiMirror<"org"> = {
  "api.org.staleReload":
    "Данные {thing} изменились после того, как вы их загрузили. Обновите страницу и повторите попытку.",
  "api.org.takenSameParent": "Название «{value}» уже занято внутри того же родительского отдела.",
  "api.org.takenNewParent": "Такое название уже занято внутри нового родительского отдела.",
  "api.org.takenByDepartment": "«{value}» уже занято другим отделом.",
  "api.org.takenByBranch": "«{value}» уже занято другим филиалом.",
  "api.org.takenByDirection": "«{value}» уже занято другим направлением продаж.",
  "api.org.takenByWorkGroup": "«{value}» уже занято другой рабочей группой.",
  "api.org.stillReferenced":
    "«{name}» ещё используется сотрудниками или записями. Сначала перенесите их.",
  "api.org.branchHasEmployee":
    "В филиале «{name}» есть сотрудник ({count}). Сначала переведите его в другой филиал.",
  "api.org.branchHasEmployees":
    "Сотрудников в филиале «{name}»: {count}. Сначала переведите их всех в другой филиал.",
  "api.org.noSuchParent": "В этом проекте нет такого отдела.",
  "api.org.parentRefused":
    "Отдел нельзя переместить сюда: получится цикл или неверный родительский отдел.",
  "api.org.parentInsideItself":
    "Отдел нельзя переместить внутрь него самого или одного из его подотделов.",
  "api.org.departmentHasChild":
    "У отдела «{name}» есть подотдел ({count}). Сначала переместите или удалите его.",
  "api.org.departmentHasChildren":
    "Подотделов у отдела «{name}»: {count}. Сначала переместите или удалите их.",
  "api.org.departmentHasEmployee":
    "В отделе «{name}» есть сотрудник ({count}). Сначала переведите его в другой отдел.",
  "api.org.departmentHasEmployees":
    "Сотрудников в отделе «{name}»: {count}. Сначала переведите их всех в другой отдел.",
  "api.org.directionInUse":
    "Направление «{name}» ещё используется: сотрудников — {employees}, записей — {recordCount}. Сначала назначьте им другое направление.",
  "api.org.noSuchEmployee": "В этом проекте нет такого сотрудника.",
  "api.org.notWorkGroupMember": "Этот сотрудник не состоит в рабочей группе.",
};
