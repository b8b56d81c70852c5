import type { TSettingsShellMessages } from "../../en/settings/shell";

export const settingsShell: TSettingsShellMessages = {
  "settings.title": "Nastavení",
  "settings.intro":
    "Nastavte firmu: její strukturu, lidi, kteří v ní pracují, co smějí dělat a odkud se smějí přihlásit.",
  "settings.nav.label": "Oblasti nastavení",
  "settings.nav.overview": "Přehled",
  "settings.nav.checking": "Zjišťujeme, která nastavení můžete otevřít…",
  "settings.overview.noneTitle": "Žádná nastavení pro vás",
  "settings.overview.noneBody":
    "Vaše role nezahrnují žádnou oblast nastavení. Pokud nějakou potřebujete, obraťte se na správce.",
  "settings.overview.someFailed":
    "Některé oblasti se teď nepodařilo ověřit. Jsou uvedeny; pokud vás některá odmítne, vaše role ji nezahrnují.",
  "settings.forbidden.title": "Tato oblast nastavení vám není přístupná",
  "settings.refused": "Server tuto akci odmítl.",
  "settings.forbidden.body":
    "Vaše role tuto oblast nezahrnují. Pokud ji potřebujete, obraťte se na správce.",
  "settings.signInAgain": "Přihlásit se znovu",
  "settings.serverSays": "Server odpovídá (anglicky):",
  "settings.employeePicker.placeholder": "Napište jméno nebo e-mail…",
  "settings.employeePicker.unavailable": "Seznam zaměstnanců vám není přístupný.",

  "settings.area.organisation": "Organizace",
  "settings.area.organisation.description": "Oddělení, pobočky, obchodní směry a pracovní skupiny.",
  "settings.area.employees": "Zaměstnanci",
  "settings.area.employees.description":
    "Lidé, jejich nadřízení a místo ve firmě a zda se smějí přihlásit.",
  "settings.area.security": "Zabezpečení",
  "settings.area.security.description":
    "Sítě, ze kterých se smějí přihlásit zaměstnanci s omezením IP adres.",
  "settings.area.fields": "Sekce a pole",
  "settings.area.fields.description": "Typy záznamů, sekce karty klienta a jejich vlastní pole.",
  "settings.area.audit": "Auditní záznam",
  "settings.area.audit.description":
    "Kdo co a kdy udělal: přihlášení, změny se stavem před a po, mazání.",
  "settings.area.explain": "Vysvětlení přístupu",
  "settings.area.explain.description":
    "Zjistěte, zda zaměstnanec smí něco udělat a která role, skupina nebo pravidlo o tom rozhoduje.",
};
