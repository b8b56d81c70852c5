import type { TApiMirror } from "../../en/api-mirror";

export const apiInvoices: TApiMirror<"invoices" | "documents"> = {
  "api.invoices.statusFinal":
    "Faktura ve stavu „{status}“ nemůže přejít do stavu „{target}“: její stav se už nemění.",
  "api.invoices.statusOneWay":
    "Faktura ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít jen do stavu „{option1}“.",
  "api.invoices.statusTwoWays":
    "Faktura ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít do stavu „{option1}“ nebo „{option2}“.",
  "api.invoices.statusThreeWays":
    "Faktura ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít do stavu „{option1}“, „{option2}“ nebo „{option3}“.",
  "api.invoices.issueNeedsLine": "Před vystavením faktury přidejte alespoň jednu položku.",
  "api.invoices.notDraft":
    "Faktura {number} je ve stavu „{status}“: její položky a podmínky se už nemění. Zrušte ji a vystavte opravnou fakturu.",
  "api.invoices.deleteOnlyDraft":
    "Faktura {number} je ve stavu „{status}“: smazat lze jen koncept. Fakturu místo toho zrušte.",
  "api.invoices.chooseCompany": "Vyberte firmu, které se faktura vystavuje.",
  "api.invoices.describeLine": "Popište položku, nebo vyberte produkt.",
  "api.invoices.giveUnitPrice": "Zadejte jednotkovou cenu.",
  "api.invoices.otherCurrency":
    "Produkt má cenu v {productCurrency}, ale faktura je v {invoiceCurrency}. Zadejte cenu.",
  "api.invoices.amountTooLarge": "Částka je příliš velká na uložení (nejvýše 999 999 999 999,99).",
  "api.documents.statusFinal":
    "Dokument ve stavu „{status}“ nemůže přejít do stavu „{target}“: jeho stav se už nemění.",
  "api.documents.statusOneWay":
    "Dokument ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít jen do stavu „{option1}“.",
  "api.documents.statusTwoWays":
    "Dokument ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít do stavu „{option1}“ nebo „{option2}“.",
  "api.documents.statusThreeWays":
    "Dokument ve stavu „{status}“ nemůže přejít do stavu „{target}“; může přejít do stavu „{option1}“, „{option2}“ nebo „{option3}“.",
  "api.documents.templateProblems":
    "Šablonu nelze uložit: obsahuje neznámá nebo neuzavřená slučovací pole, případně kód. Opravte text šablony.",
  "api.documents.templateNameTaken": "Šablona s tímto názvem už existuje.",
  "api.documents.noUsableTemplate":
    "Neexistuje šablona dokumentu s tímto identifikátorem, kterou smíte použít. Mohla být smazána nebo vypnuta.",
  "api.documents.templateNeedsRecords":
    "Šablona slučuje pole záznamů, které nejsou vybrané. Vyberte potřebné záznamy, které smíte vidět.",
};
