import type { TMirror } from "./mirror";

/** The project's company profile (A2). */
export const settingsProject = {
  "settings.area.project": "Company profile",
  "settings.area.project.description":
    "The company's name, registration and address, used in every generated document.",
  "settings.project.intro":
    "These details fill the merge fields of every contract, offer and invoice this project generates.",
  "settings.project.company": "Company",
  "settings.project.name": "Name in Charter",
  "settings.project.legalName": "Legal name",
  "settings.project.registration": "Registration",
  "settings.project.registrationCountry": "Registered in",
  "settings.project.country.cz": "Czech Republic (IČO)",
  "settings.project.country.ru": "Russia (INN)",
  "settings.project.country.other": "Another country",
  "settings.project.registrationNumber": "Registration number",
  "settings.project.vatId": "VAT id",
  "settings.project.fillFromRegister": "Fill from the register",
  "settings.project.lookingUp": "Asking the register…",
  "settings.project.registerHint":
    "Choose the Czech Republic or Russia and enter the number to fill the rest from the company register.",
  "settings.project.filled":
    "Filled in from the register. Check the details, then save; nothing is saved until you do.",
  "settings.project.notInRegister":
    "The register has no company with this number. Check the number, or fill in the profile by hand.",
  "settings.project.address": "Address",
  "settings.project.street": "Street",
  "settings.project.city": "City",
  "settings.project.postalCode": "Postal code",
  "settings.project.country": "Country",
  "settings.project.contact": "Contact",
  "settings.project.email": "E-mail",
  "settings.project.phone": "Phone",
  "settings.project.logoLater": "The logo cannot be uploaded here yet.",
  "settings.project.saved": "Company profile saved.",
  "settings.project.readOnly":
    "You may read the profile; changing it needs the right to edit the organisation.",
} as const;

export type TSettingsProjectMessages = TMirror<typeof settingsProject>;
