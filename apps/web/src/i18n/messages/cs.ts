import type { TMessages } from "./en";

export const cs: TMessages = {
  "app.name": "Charter",
  "app.description": "Charter CRM",

  "signIn.title": "Přihlášení",
  "signIn.heading": "Přihlášení do Charteru",
  "signIn.intro": "Zadejte e-mail a heslo, které vám přidělil správce.",
  "signIn.email": "E-mail",
  "signIn.password": "Heslo",
  "signIn.submit": "Přihlásit se",
  "signIn.pending": "Přihlašování…",
  "signIn.error.wrongCredentials": "E-mail nebo heslo není správné.",
  "signIn.error.noAccess":
    "Váš přístup je zablokovaný nebo vypršel. Požádejte správce, aby ho obnovil.",
  "signIn.error.failed": "Přihlášení se nezdařilo. Zkuste to za chvíli znovu.",
  "signIn.error.throttled":
    "Příliš mnoho neúspěšných pokusů pro tento účet nebo síť. Počkejte 15 minut a zkuste to znovu.",
  "signIn.error.ipRefused":
    "Váš účet lze používat jen z povolených sítí firmy. Připojte se z některé z nich a zkuste to znovu.",

  "shell.skipToContent": "Přejít na obsah",
  "shell.signOut": "Odhlásit se",
  "shell.language": "Jazyk",
  "shell.languageSaveFailed": "Jazyk se nepodařilo uložit. Zkuste to znovu.",
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

  "common.loading": "Načítání…",
  "common.loadFailed": "Při načítání se něco pokazilo. Zkuste to za chvíli znovu.",

  "notFound.title": "Stránka nenalezena",
  "notFound.body": "Tato stránka neexistuje, nebo k ní nemáte přístup.",
  "notFound.home": "Přejít na úvod",
};
