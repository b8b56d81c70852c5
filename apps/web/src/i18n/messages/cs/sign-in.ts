import type { TAreaMessages } from "../en";

export const signIn: TAreaMessages<"signIn"> = {
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
};
