import type { TApiMirror } from "../../en/api-mirror";

export const apiClients: TApiMirror<"clients"> = {
  "api.clients.noRecordType": "V tomto projektu neexistuje typ záznamu s tímto identifikátorem.",
  "api.clients.noTypeOfKind": "V tomto projektu neexistuje typ {kind} s tímto identifikátorem.",
  "api.clients.companyHasInvoices":
    "Tato firma má faktury, a proto ji nelze smazat. Nejdřív faktury zrušte, nebo je převeďte na jinou firmu.",
};
