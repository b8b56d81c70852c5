import type { TApiMirror } from "../../en/api-mirror";

export const apiDeals: TApiMirror<"deals" | "interests"> = {
  "api.deals.stageRefused":
    "Tento obchod nemůžete přesunout do fáze „{stage}“: vaše role vám nedovolují pracovat s obchody v této fázi.",
  "api.deals.alreadyInStage": "Obchod už je ve fázi „{stage}“.",
  "api.deals.noSuchPipeline":
    "V tomto projektu neexistuje trychtýř s tímto identifikátorem, nebo zatím nemá žádné fáze.",
  "api.deals.noPipelineYet":
    "Tento projekt zatím nemá trychtýř. Požádejte správce o jeho nastavení.",
  "api.deals.noSuchPartner":
    "Neexistuje partnerská firma s tímto identifikátorem. Vyberte partnera ze seznamu.",
  "api.deals.noSuchStage": "V tomto projektu neexistuje fáze s tímto identifikátorem.",
  "api.deals.stageElsewhere": "Tato fáze patří do jiného trychtýře.",
  "api.deals.noSuchProduct": "Neexistuje produkt s tímto identifikátorem.",
  "api.deals.noProductInCatalogue":
    "Neexistuje produkt s tímto identifikátorem. Vyberte produkt z katalogu.",
  "api.deals.productRetired": "Produkt „{product}“ se už neprodává.",
  "api.deals.otherCurrency":
    "Produkt „{product}“ má cenu v {productCurrency}, ale obchod je v {dealCurrency}. Zadejte jednotkovou cenu v {dealCurrency}.",
  "api.deals.totalTooLarge": "Celková částka je větší, než obchod dokáže uložit.",
  "api.deals.amountFromLines":
    "Částka obchodu je součtem jeho produktových položek (počet: {count}). Změňte položky, ne částku.",
  "api.deals.sortHidden":
    "Obchody nemůžete řadit podle sloupce „{column}“: je před vámi skrytý a pořadí by prozradilo jeho hodnoty. Řaďte podle jiného sloupce.",
  "api.deals.cursorOtherOrder":
    "Pokračování seznamu patří k jinému řazení. Začněte znovu od první stránky.",
  "api.deals.cursorInvalid": "Pokračování seznamu není platné. Začněte znovu od první stránky.",
  "api.deals.skuTaken": "Kód „{sku}“ už používá jiný produkt. Zvolte jiný kód.",
  "api.interests.staysConverted": "Tento zájem byl převeden na obchod a převedený zůstane.",
  "api.interests.alreadyConverted": "Tento zájem už byl převeden na obchod.",
  "api.interests.discarded":
    "Tento zájem byl zamítnut. Než ho převedete, vraťte ho do práce (stav „Nový“ nebo „Kvalifikovaný“).",
  "api.interests.giveCurrency": "Zadejte měnu obchodu, například CZK.",
  "api.interests.productRetired": "Produkt „{product}“ se už neprodává. Vyberte jiný produkt.",
};
