import type { TApiMirror } from "../../en/api-mirror";

export const apiSession: TApiMirror<"session"> = {
  "api.session.ended": "Vaše přihlášení skončilo. Přihlaste se znovu.",
  "api.session.blocked": "Tento účet je zablokovaný. Obraťte se na správce.",
  "api.session.expired": "Váš přístup vypršel. Požádejte správce o jeho prodloužení.",
  "api.session.ipRestricted":
    "Váš účet lze používat jen z povolených sítí firmy. Připojte se z některé z nich.",
  "api.session.noRight":
    "Nemáte oprávnění „{action}“ v oblasti „{resource}“. Požádejte správce o roli, která ho uděluje.",
};
