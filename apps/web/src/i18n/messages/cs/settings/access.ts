import type { TSettingsAccessMessages } from "../../en/settings/access";

export const settingsAccess: TSettingsAccessMessages = {
  "settings.area.roles": "Role",
  "settings.area.roles.description":
    "Co každá role smí, na kterých záznamech a kdo ji má. Zaměstnanec dostane práva všech svých rolí dohromady.",
  "settings.area.groups": "CRM skupiny",
  "settings.area.groups.description":
    "Skupiny zaměstnanců s oprávněními na záznamy, každá s jedním nebo více vedoucími.",
  "settings.scope.none": "—",
  "settings.scope.own": "Vlastní",
  "settings.scope.subordinates": "Tým",
  "settings.scope.department": "Oddělení",
  "settings.scope.direction": "Směr",
  "settings.scope.project": "Vše",

  "settings.roles.intro":
    "Zaměstnanec může mít více rolí a dostane všechna jejich práva dohromady (D1). Začněte z vestavěné šablony a upravte ji.",
  "settings.roles.new": "Nová role",
  "settings.roles.cloneAction": "Kopírovat roli nebo šablonu",
  "settings.roles.clone": "Kopírovat",
  "settings.roles.cloneTitle": "Kopírovat roli",
  "settings.roles.cloneHint":
    "Kopie dostane oprávnění a pravidla polí zdroje, ne jeho držitele. Upravujte ji, aniž byste měnili originál.",
  "settings.roles.cloneFrom": "Kopírovat z",
  "settings.roles.sourceRole": "Role: {name}",
  "settings.roles.sourceTemplate": "Šablona: {name}",
  "settings.roles.newName": "Název kopie",
  "settings.roles.created": "Role {name} vytvořena.",
  "settings.roles.cloned": "Role {name} vytvořena jako kopie.",
  "settings.roles.empty": "Zatím žádné role.",
  "settings.roles.kind": "Druh",
  "settings.roles.fromTemplate": "Ze šablony",
  "settings.roles.readOnly": "Jen pro čtení",
  "settings.roles.readOnlyHint":
    "Její držitelé smějí zobrazit, kam její oprávnění sahají, a nesmějí nic měnit, ať mají cokoli dalšího.",
  "settings.roles.holders": "Držitelé",
  "settings.roles.backToList": "Všechny role",
  "settings.roles.tabsLabel": "Části role",
  "settings.roles.permissions": "Oprávnění",
  "settings.roles.matrixIntro":
    "Každá buňka říká, kam role u dané akce sahá: vlastní záznamy držitele, jeho týmu, oddělení, obchodního směru, nebo celý projekt. Změna platí od příštího požadavku každého držitele.",
  "settings.roles.readOnlyNote":
    "Tato role je jen pro čtení: ať buňky říkají cokoli, její držitelé smějí jen zobrazovat.",
  "settings.roles.matrixCaption": "Oprávnění role {name}",
  "settings.roles.resource": "Co",
  "settings.roles.scope": "Rozsah",
  "settings.roles.cellSaved": "Uloženo: {resource}, {action}: {scope}.",
  "settings.roles.conditionalCount": "+ {count} s podmínkou",
  "settings.roles.conditionalTitle": "Oprávnění s podmínkou",
  "settings.roles.noConditional":
    "Žádná: každé oprávnění výše platí na všechny záznamy svého rozsahu.",
  "settings.roles.addConditional": "Přidat oprávnění s podmínkou",
  "settings.roles.conditionalHelp":
    "Oprávnění platí jen na záznamy, kde podmínka platí, např. obchody, jejichž partnerská firma má držitele jako odpovědnou osobu.",
  "settings.roles.conditionHint":
    "Jazyk podmínek modelu oprávnění: eq, ne, in, lt, gt, and, or, not; proměnné $me, $myDirection, $myDepartment.",
  "settings.roles.when": "když",
  "settings.roles.removeGrantNamed": "Odebrat {grant}",
  "settings.roles.removeGrantTitle": "Odebrat toto oprávnění?",
  "settings.roles.editTitle": "Upravit {name}",
  "settings.roles.deleteTitle": "Smazat roli {name}?",
  "settings.roles.deleteBody":
    "Smazat lze jen roli, kterou nikdo nemá. Její oprávnění se smažou s ní; nelze to vrátit.",
  "settings.roles.deleted": "Role smazána.",
  "settings.roles.noHolders": "Tuto roli nikdo nemá.",
  "settings.roles.until": "Do",
  "settings.roles.noEnd": "Bez konce",
  "settings.roles.expired": "Vypršela",
  "settings.roles.giveTo": "Přidělit roli",
  "settings.roles.untilOptional": "Do (nepovinné)",
  "settings.roles.assign": "Přidělit roli",
  "settings.roles.assignTo": "Přidělit roli {role} zaměstnanci",
  "settings.roles.assigned": "{name} má nyní roli {role}.",
  "settings.roles.unassignNamed": "Odebrat roli zaměstnanci {name}",
  "settings.roles.unassignTitle": "Odebrat roli {role} zaměstnanci {name}?",
  "settings.roles.unassignBody": "Jeho oprávnění z této role skončí při jeho příštím požadavku.",
  "settings.roles.unassigned": "{name} už nemá roli {role}.",

  "settings.groups.intro":
    "CRM skupina dává svým členům oprávnění na kontakty, objekty, aktivity a obchody (D3). Starají se o ni její vedoucí.",
  "settings.groups.new": "Nová skupina",
  "settings.groups.created": "Skupina {name} vytvořena.",
  "settings.groups.empty": "Zatím žádné CRM skupiny.",
  "settings.groups.managers": "Vedoucí",
  "settings.groups.manager": "Vedoucí",
  "settings.groups.members": "Členové",
  "settings.groups.firstManager": "Vedoucí",
  "settings.groups.firstManagerHint":
    "Skupina má vždy alespoň jednoho vedoucího; další členy přidáte potom.",
  "settings.groups.backToList": "Všechny CRM skupiny",
  "settings.groups.editTitle": "Upravit {name}",
  "settings.groups.deleteTitle": "Smazat skupinu {name}?",
  "settings.groups.deleteBody":
    "Členové přijdou o oprávnění skupiny při příštím požadavku. Skupinu, která omezuje sekci nebo šablonu dokumentu, nelze smazat, dokud ji z nich neodeberete.",
  "settings.groups.deleted": "Skupina smazána.",
  "settings.groups.makeManager": "Udělat vedoucím",
  "settings.groups.unmakeManager": "Zrušit vedení",
  "settings.groups.asManager": "Jako vedoucí",
  "settings.groups.rights": "Oprávnění každého člena",
  "settings.groups.rightsIntro":
    "Skupina nese oprávnění jen na záznamy; oprávnění na nastavení se dávají rolemi.",

  "settings.overrides.title": "Osobní výjimky",
  "settings.overrides.intro":
    "Povolte nebo zakažte jednu akci jen tomuto zaměstnanci, např. zakažte mazání aktivit nebo povolte mazání kontaktů. Zákaz má vždy přednost před jakýmkoli oprávněním z role nebo skupiny.",
  "settings.overrides.none": "Žádné osobní výjimky.",
  "settings.overrides.add": "Přidat výjimku",
  "settings.overrides.addTitle": "Výjimka pro {name}",
  "settings.overrides.effect": "Účinek",
  "settings.overrides.allow": "Povolit",
  "settings.overrides.deny": "Zakázat",
  "settings.overrides.conditionHelp":
    "S podmínkou platí výjimka jen pro záznamy, kde je splněna, např. zákaz mazat už vyhrané obchody; bez ní platí pro všechny záznamy.",
  "settings.overrides.note": "Proč",
  "settings.overrides.noteHint": "Pro dalšího správce, který se bude ptát.",
  "settings.overrides.removeTitle": "Odebrat tuto výjimku pro {name}?",
};
