import type { dealsBoard as en } from "../../en/deals/board";
import type { TDealsMirror } from "../../en/deals/mirror";

export const dealsBoard: TDealsMirror<typeof en> = {
  "deals.title": "Obchody",
  "deals.intro": "Váš obchodní trychtýř: přetáhněte obchod do další fáze, jakmile pokročí.",
  "deals.noAccess":
    "Vaše role vám nedovolují vidět obchody. Pokud je potřebujete, obraťte se na správce.",
  "deals.pipelineMissing.body": "Tento trychtýř neexistuje, nebo k němu nemáte přístup.",
  "deals.pipelineMissing.action": "Zobrazit první trychtýř",

  "deals.views.label": "Zobrazení obchodů",
  "deals.views.board": "Tabule",
  "deals.views.list": "Seznam",
  "deals.views.interests": "Zájmy",

  "deals.status.open": "Otevřený",
  "deals.status.won": "Vyhraný",
  "deals.status.lost": "Prohraný",
  "deals.stage.probability": "{value} %",

  "deals.board.label": "Tabule trychtýře {pipeline}",
  "deals.board.howTo":
    "Přetažením karty do jiného sloupce obchod přesunete; fázi lze vybrat i klávesnicí v nabídce karty.",
  "deals.board.openCount": "Otevřené obchody: {count}",
  "deals.board.countLabel": "Obchodů",
  "deals.board.countTitle": "Obchodů v této fázi: {count}",
  "deals.board.emptyColumn": "Žádné obchody",
  "deals.board.dropHere": "Přetáhněte sem",
  "deals.board.loadMore": "Zobrazit další ({shown} z {total})",

  "deals.move.menu": "Přesunout do fáze",
  "deals.move.menuFor": "Přesunout „{title}“ do jiné fáze",
  "deals.move.done": "„{title}“ přesunut do fáze {stage}.",
  "deals.move.tasksFired": "Úkoly vytvořené touto fází: {count}.",
  "deals.move.refusedTitle": "Obchod nebyl přesunut",
  "deals.move.stays": "„{title}“ zůstává ve fázi {from}.",
  "deals.move.refused.stageRight":
    "Vaše role vám nedovolují pracovat s obchody ve fázi „{stage}“. Požádejte nadřízeného, aby obchod přesunul, nebo vám k této fázi dal přístup.",
  "deals.move.refused.conflict":
    "Někdo tento obchod právě změnil; tabule teď ukazuje aktuální stav. Zkuste přesun znovu.",
  "deals.move.refused.gone": "„{title}“ už pro vás není dostupný, proto nebyl přesunut.",

  "deals.create.open": "Nový obchod",
  "deals.create.title": "Nový obchod",
  "deals.create.description": "Odpovědnou osobou budete vy. Povinný je jen název.",
  "deals.create.submit": "Vytvořit obchod",
  "deals.create.done": "„{title}“ vytvořen ve fázi {stage}.",
};
