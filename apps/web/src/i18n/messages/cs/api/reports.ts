import type { TApiMirror } from "../../en/api-mirror";

export const apiReports: TApiMirror<"pipelines" | "exports" | "reports" | "audit"> = {
  "api.pipelines.stageHasDeal":
    "Ve fázi „{stage}“ je obchod (počet: {count}). Nejdřív ho přesuňte do jiné fáze.",
  "api.pipelines.stageHasDeals":
    "Počet obchodů ve fázi „{stage}“: {count}. Nejdřív je přesuňte do jiné fáze.",
  "api.pipelines.stageHasHiddenDeals":
    "Ve fázi „{stage}“ jsou obchody, ale žádný z nich nevidíte. Do jiné fáze je musí přesunout někdo, kdo vidí všechny obchody v této fázi.",
  "api.pipelines.stageHasDealSeen":
    "Ve fázi „{stage}“ jsou obchody: jeden vidíte (počet: {count}), ostatní ne. Do jiné fáze je musí přesunout někdo, kdo vidí všechny obchody v této fázi.",
  "api.pipelines.stageHasDealsSeen":
    "Ve fázi „{stage}“ jsou obchody: vidíte jich {count}, ostatní ne. Do jiné fáze je musí přesunout někdo, kdo vidí všechny obchody v této fázi.",
  "api.pipelines.onlyStage":
    "„{stage}“ je jediná fáze svého trychtýře. Než ji smažete, přidejte jinou fázi.",
  "api.pipelines.dealMovedIn":
    "Do fáze „{stage}“ byl právě přesunut obchod. Načtěte stránku znovu a zkuste to ještě jednou.",
  "api.exports.hiddenField":
    "Vaše role u {records} toto pole skrývá, takže podle něj nemůžete filtrovat. Vynechte ho.",
  "api.exports.hiddenFields":
    "Vaše role u {records} tato pole skrývá, takže podle nich nemůžete filtrovat. Vynechte je.",
  "api.exports.tooManyRows":
    "Export by obsahoval více než {max} {records}. Zužte filtr (např. podle odpovědné osoby, obchodního směru nebo oddělení) a exportujte po částech.",
  "api.reports.noSuchDepartment":
    "Toto oddělení v projektu neexistuje. Vyberte oddělení z organizační struktury.",
  "api.reports.noSuchPipeline":
    "Tento trychtýř v projektu neexistuje. Vyberte trychtýř z nastavení obchodního procesu.",
  "api.reports.periodBothEnds": "Tento přehled potřebuje období se začátkem i koncem.",
  "api.reports.periodTooLong": "Období zahrnuje {months} měsíců. Zvolte nejvýše {max}.",
  "api.reports.closeDateHidden":
    "Období trychtýře je očekávané datum uzavření obchodů, které vaše role skrývá. Období vynechte.",
  "api.reports.periodOrder": "Období musí skončit nejdříve v den, kdy začíná.",
  "api.reports.monthOutside":
    "Měsíc {month} nepatří do období přehledu. Použijte některý z měsíců, které přehled vrátil.",
  "api.reports.noStageRow":
    "Přehled konverze nemá pro tuto fázi žádný řádek. Použijte některou z fází, které přehled vrátil.",
  "api.reports.savedFiltersFull":
    "Tady už máte uložených filtrů: {max}. Nejdřív jeden z nich odstraňte.",
  "api.reports.noSuchSavedFilter": "Takový uložený filtr neexistuje.",
  "api.audit.periodOrder": "Začátek období musí předcházet jeho konci.",
};
