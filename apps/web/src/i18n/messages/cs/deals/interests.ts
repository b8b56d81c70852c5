import type { dealsInterests as en } from "../../en/deals/interests";
import type { TDealsMirror } from "../../en/deals/mirror";

export const dealsInterests: TDealsMirror<typeof en> = {
  "deals.interests.title": "Zájmy",
  "deals.interests.intro": "Poptávky, které čekají, až se z nich stanou obchody.",
  "deals.interests.search": "Hledat zájmy",
  "deals.interests.searchPlaceholder": "Hledat podle názvu",
  "deals.interests.caption": "Zájmy, naposledy změněné nahoře",
  "deals.interests.empty": "Zatím žádné zájmy — aspoň žádné, které můžete vidět.",
  "deals.interests.noMatch": "Těmto filtrům neodpovídá žádný zájem.",
  "deals.interests.create": "Nový zájem",
  "deals.interests.createTitle": "Nový zájem",
  "deals.interests.createHint": "Odpovědnou osobou budete vy. Povinný je jen název.",
  "deals.interests.createSubmit": "Vytvořit zájem",
  "deals.interests.created": "Zájem „{title}“ vytvořen.",
  "deals.interests.source": "Zdroj",
  "deals.interests.sourcePlaceholder": "Webový formulář, veletrh, doporučení…",
  "deals.interests.product": "Produkt",
  "deals.interests.actions": "Akce",
  "deals.interests.status.new": "Nový",
  "deals.interests.status.qualified": "Kvalifikovaný",
  "deals.interests.status.converted": "Převedený",
  "deals.interests.status.discarded": "Zamítnutý",
  "deals.interests.convert": "Převést na obchod",
  "deals.interests.convertNamed": "Převést „{title}“ na obchod",
  "deals.interests.convertTitle": "Převést na obchod",
  "deals.interests.convertHint":
    "Obchod převezme firmu, kontakt, produkt a odpovědnou osobu zájmu.",
  "deals.interests.converting": "Převádíme…",
  "deals.interests.converted": "Ze zájmu „{title}“ je teď obchod.",
  "deals.interests.amountFromProduct": "Když zůstane prázdná, částkou bude ceníková cena produktu.",
  "deals.interests.productCurrency": "Měna produktu",
};
