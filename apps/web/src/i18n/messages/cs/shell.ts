import type { TAreaMessages } from "../en";

export const shell: TAreaMessages<"shell"> = {
  "shell.skipToContent": "Přejít na obsah",
  "shell.signOut": "Odhlásit se",
  "shell.language": "Jazyk",
  "shell.languageSaveFailed": "Jazyk se nepodařilo uložit. Zkuste to znovu.",
  "shell.projectSwitch": "Projekt: {project}. Přepnout projekt",
  "shell.projects": "Vaše projekty",
  "shell.projectSwitchFailed": "Projekt se nepodařilo přepnout. Zkuste to znovu.",
  "shell.navLabel": "Sekce",
  "nav.home": "Úvod",
  "nav.deals": "Obchody",
  "nav.clients": "Klienti",
  "nav.tasks": "Úkoly",
  "nav.reports": "Přehledy",
  "nav.settings": "Nastavení",
  "home.welcome": "Vítejte, {name}",
  "home.signedInAs": "Přihlášený účet: {email} · {project}",
  "comingSoon.title": "Připravujeme",
  "comingSoon.body": "Na této sekci se pracuje. Objeví se zde v některé z příštích verzí.",
};
