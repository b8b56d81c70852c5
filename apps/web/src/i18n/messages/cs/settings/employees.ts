import type { TSettingsEmployeesMessages } from "../../en/settings/employees";

export const settingsEmployees: TSettingsEmployeesMessages = {
  "settings.employees.intro":
    "Všichni, kdo v tomto projektu pracují: jejich nadřízený, oddělení, pobočka a obchodní směr a zda se smějí přihlásit.",
  "settings.employees.new": "Nový zaměstnanec",
  "settings.employees.filtersLabel": "Hledání a filtry zaměstnanců",
  "settings.employees.search": "Hledat zaměstnance",
  "settings.employees.searchPlaceholder": "Jméno nebo e-mail",
  "settings.employees.any": "Jakýkoli",
  "settings.employees.clearFilters": "Zrušit filtry",
  "settings.employees.count": "Zobrazeno zaměstnanců: {count}",
  "settings.employees.empty": "Zatím žádní zaměstnanci.",
  "settings.employees.backToList": "Všichni zaměstnanci",

  "settings.employees.name": "Jméno",
  "settings.employees.email": "Přihlašovací e-mail",
  "settings.employees.emailHint": "Přihlašuje se jím. Později ho zde nelze změnit.",
  "settings.employees.password": "První heslo",
  "settings.employees.passwordHint":
    "Alespoň 12 znaků. Potřeba jen pro nový e-mail; kdo už pracuje v jiném projektu, ponechá si své heslo.",
  "settings.employees.phone": "Telefon",
  "settings.employees.position": "Pozice",
  "settings.employees.userType": "Typ uživatele",
  "settings.employees.userTypeOnce":
    "Vybírejte pečlivě: typ uživatele se určí při vytvoření a už nikdy ho nelze změnit.",
  "settings.employees.userTypeFixed":
    "Zvolen při vytvoření zaměstnance a nelze ho změnit. Chcete-li někomu dát jiný typ, vytvořte nového zaměstnance.",
  "settings.employees.userType.admin": "Admin",
  "settings.employees.userType.admin.hint": "Vidí a nastavuje v projektu vše.",
  "settings.employees.userType.administration": "Administrativa",
  "settings.employees.userType.administration.hint":
    "Vedoucí: vidí své záznamy a záznamy svých zaměstnanců.",
  "settings.employees.userType.employee": "Zaměstnanec",
  "settings.employees.userType.employee.hint":
    "Pracuje se svými záznamy; podléhá uživateli z administrativy.",
  "settings.employees.manager": "Odpovědná osoba (nadřízený)",
  "settings.employees.managerHint": "Musí být uživatel typu {type}.",
  "settings.employees.adminHasNoManager": "Admin nemá odpovědnou osobu.",
  "settings.employees.department": "Oddělení",
  "settings.employees.branch": "Pobočka",
  "settings.employees.direction": "Obchodní směr",
  "settings.employees.directionHint": "Zapíše se do firem, zájmů a obchodů, které vytvoří.",
  "settings.employees.orgUnavailable":
    "Nastavení organizace pro vás nejsou přístupná, proto zde oddělení, pobočku ani směr změnit nelze.",
  "settings.employees.shownInList": "Zobrazovat v seznamu zaměstnanců",
  "settings.employees.shownInListHint":
    "Vypněte u servisních účtů a lidí, které by ostatní neměli vybírat, např. jako odpovědnou osobu.",
  "settings.employees.reminderInterval": "Interval připomínek (minuty)",
  "settings.employees.reminderIntervalHint":
    "Vyskakovací okno každých N minut, dokud úkol není vyřešen. Prázdné pole připomínky vypne.",
  "settings.employees.createTitle": "Nový zaměstnanec",
  "settings.employees.createIntro":
    "Přihlášení, místo ve firmě a komu se zodpovídá. Role se přidělují na stránce rolí.",
  "settings.employees.createSubmit": "Vytvořit zaměstnance",
  "settings.employees.created": "Zaměstnanec {name} byl vytvořen.",
  "settings.employees.detailsTitle": "Údaje a místo ve firmě",
  "settings.employees.saved": "Změny uloženy.",
  "settings.employees.nothingChanged": "Zatím se nic nezměnilo.",
  "settings.employees.reload": "Načíst aktuální údaje",

  "settings.employees.accessTitle": "Přístup",
  "settings.employees.status": "Stav",
  "settings.employees.current": "nyní",
  "settings.employees.status.active": "Aktivní",
  "settings.employees.status.active.hint": "Smí se přihlásit odkudkoli.",
  "settings.employees.status.ip_restricted": "Omezený na IP",
  "settings.employees.status.ip_restricted.hint":
    "Smí se přihlásit jen z povolených sítí na stránce Zabezpečení.",
  "settings.employees.status.blocked": "Zablokovaný",
  "settings.employees.status.blocked.hint": "Nesmí se přihlásit; otevřené relace ihned končí.",
  "settings.employees.changeStatus": "Změnit stav",
  "settings.employees.confirmStatusTitle": "Změnit stav {name} na „{status}“?",
  "settings.employees.confirmStatus": "Změnit na „{status}“",
  "settings.employees.confirm.active":
    "Bude se moci znovu přihlásit z jakékoli sítě s právy svých rolí.",
  "settings.employees.confirm.ip_restricted":
    "Od příštího požadavku bude moci pracovat jen z povolených sítí. Odjinud bude odmítnut.",
  "settings.employees.confirm.blocked":
    "Při příštím požadavku bude všude odhlášen a nebude se moci přihlásit, dokud ho znovu neaktivujete. Jeho záznamy zůstanou.",
  "settings.employees.statusChanged": "{name} má nyní stav „{status}“.",
  "settings.employees.expired": "Přístup vypršel",
  "settings.employees.accessUntil": "Přístup do",
  "settings.employees.hiddenFromList": "Mimo seznam",
  "settings.employees.expiry": "Platnost přístupu",
  "settings.employees.expiryCurrent": "Přístup končí",
  "settings.employees.expiryNone": "Přístup nevyprší.",
  "settings.employees.expiryNew": "Končí",
  "settings.employees.expiryInvalid": "Vyberte datum a čas.",
  "settings.employees.expirySetAction": "Nastavit platnost",
  "settings.employees.expiryChange": "Změnit platnost",
  "settings.employees.expiryRemove": "Zrušit platnost",
  "settings.employees.expiryConfirmTitle": "Omezit přístup pro {name}?",
  "settings.employees.expiryConfirmBody":
    "{name} smí pracovat do {when}. Potom bude při příštím požadavku odhlášen a nebude se moci přihlásit.",
  "settings.employees.expiryRemoveTitle": "Zrušit platnost přístupu pro {name}?",
  "settings.employees.expiryRemoveBody": "Přístup pro {name} už sám neskončí.",
  "settings.employees.expirySet": "Platnost přístupu pro {name} je nastavena.",
  "settings.employees.expiryRemoved": "Přístup pro {name} už nevyprší.",
};
