import type { TApiMirror } from "../../en/api-mirror";

export const apiEmployees: TApiMirror<"employees" | "permissions"> = {
  "api.employees.noSuchEmployee": "Tento zaměstnanec v projektu neexistuje.",
  "api.employees.ownPlacement":
    "Svou odpovědnou osobu, oddělení ani obchodní směr si nemůžete měnit sami. Požádejte o změnu Admina.",
  "api.employees.ownStatus": "Svůj stav si nemůžete měnit sami. Požádejte o změnu Admina.",
  "api.employees.ownExpiry":
    "Platnost svého přístupu si nemůžete měnit sami. Požádejte o změnu Admina.",
  "api.employees.emailTaken": "{email} už v tomto projektu pracuje.",
  "api.employees.firstPassword": "{email} zatím nemá účet. Zadejte první heslo.",
  "api.employees.managerRefused":
    "Tuto odpovědnou osobu nelze nastavit: porušilo by to pravidla hierarchie.",
  "api.employees.noSuchDepartment": "Toto oddělení v projektu neexistuje.",
  "api.employees.noSuchBranch": "Tato pobočka v projektu neexistuje.",
  "api.employees.noSuchDirection": "Tento obchodní směr v projektu neexistuje.",
  "api.employees.hierarchyRule":
    "Změna by porušila pravidla hierarchie zaměstnanců. Načtěte stránku znovu a zkontrolujte údaje.",
  "api.permissions.noRecords": "Oblast „{resource}“ nemá jednotlivé záznamy. Záznam neuvádějte.",
  "api.permissions.sayWhichRecord": "Uveďte, který záznam z oblasti „{resource}“ se má vysvětlit.",
};
