import type { TApiMirror } from "../../en/api-mirror";

export const apiAccess: TApiMirror<"access"> = {
  "api.access.noSuchId": "Нет {thing} с таким идентификатором. Возможно, запись удалили.",
  "api.access.notInProject":
    "В этом проекте нет {thing} с таким идентификатором. Возможно, запись удалили.",
  "api.access.forbiddenRecord": "Вам недоступно действие «{action}» для {thing}.",
  "api.access.staleOpened":
    "Данные {thing} изменились после того, как вы их открыли. Обновите страницу, проверьте изменения и повторите попытку.",
  "api.access.staleSaveAgain":
    "Данные {thing} изменились после того, как вы их открыли. Обновите страницу, проверьте изменения и сохраните снова.",
  "api.access.pickFromList": "Нет {thing} с таким идентификатором. Выберите значение из списка.",
  "api.access.noActiveEmployee":
    "В проекте нет действующего сотрудника с таким идентификатором. Выберите сотрудника из списка.",
  "api.access.noEmployee": "В проекте нет сотрудника с таким идентификатором.",
};
