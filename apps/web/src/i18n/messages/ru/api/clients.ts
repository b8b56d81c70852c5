import type { TApiMirror } from "../../en/api-mirror";

export const apiClients: TApiMirror<"clients"> = {
  "api.clients.noRecordType": "В этом проекте нет типа записи с таким идентификатором.",
  "api.clients.noTypeOfKind": "В этом проекте нет типа {kind} с таким идентификатором.",
  "api.clients.companyHasInvoices":
    "У этой компании есть счета, поэтому её нельзя удалить. Сначала отмените счета или перенесите их на другую компанию.",
};
