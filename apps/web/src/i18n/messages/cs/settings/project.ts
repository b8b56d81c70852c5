import type { TSettingsProjectMessages } from "../../en/settings/project";

export const settingsProject: TSettingsProjectMessages = {
  "settings.area.project": "Profil firmy",
  "settings.area.project.description":
    "Název, registrace a adresa firmy, použité v každém vytvořeném dokumentu.",
  "settings.project.intro":
    "Tyto údaje vyplňují slučovací pole všech smluv, nabídek a faktur, které tento projekt vytvoří.",
  "settings.project.company": "Firma",
  "settings.project.name": "Název v Charteru",
  "settings.project.legalName": "Obchodní firma",
  "settings.project.registration": "Registrace",
  "settings.project.registrationCountry": "Země registrace",
  "settings.project.country.cz": "Česká republika (IČO)",
  "settings.project.country.ru": "Rusko (INN)",
  "settings.project.country.other": "Jiná země",
  "settings.project.registrationNumber": "Registrační číslo",
  "settings.project.vatId": "DIČ",
  "settings.project.fillFromRegister": "Vyplnit z rejstříku",
  "settings.project.lookingUp": "Ptáme se rejstříku…",
  "settings.project.registerHint":
    "Zvolte Českou republiku nebo Rusko a zadejte číslo, zbytek se vyplní z obchodního rejstříku.",
  "settings.project.filled":
    "Vyplněno z rejstříku. Zkontrolujte údaje a uložte; dokud neuložíte, nic se nezmění.",
  "settings.project.notInRegister":
    "Rejstřík nezná firmu s tímto číslem. Zkontrolujte číslo, nebo vyplňte profil ručně.",
  "settings.project.address": "Adresa",
  "settings.project.street": "Ulice",
  "settings.project.city": "Město",
  "settings.project.postalCode": "PSČ",
  "settings.project.country": "Země",
  "settings.project.contact": "Kontakt",
  "settings.project.email": "E-mail",
  "settings.project.phone": "Telefon",
  "settings.project.logoLater": "Logo zde zatím nahrát nelze.",
  "settings.project.saved": "Profil firmy uložen.",
  "settings.project.readOnly":
    "Profil můžete číst; ke změně je potřeba oprávnění upravovat organizaci.",
};
