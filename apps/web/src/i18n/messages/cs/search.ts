import type { TAreaMessages } from "../en";

export const search: TAreaMessages<"search"> = {
  "search.label": "Hledat ve firmách, kontaktech a obchodech",
  "search.placeholder": "Hledat klienty a obchody",
  "search.shortcut": "Stiskněte / a hledejte odkudkoli",
  "search.results": "Výsledky hledání",
  "search.tooShort": "Napište alespoň 2 znaky.",
  "search.loading": "Hledám…",
  "search.empty": "Pro „{query}“ nic nenalezeno",
  "search.found": "Výsledky jsou níže. Procházejte je šipkami.",
  "search.group.companies": "Firmy",
  "search.group.contacts": "Kontakty",
  "search.group.deals": "Obchody",
  "search.seeAll.companies": "Zobrazit všechny firmy",
  "search.seeAll.contacts": "Zobrazit všechny kontakty",
  "search.seeAll.deals": "Zobrazit všechny obchody",
};
