export { accept, reject, type Validation } from "./result";

export { icoCheckDigit, validateIco } from "./ico";
export { innCheckDigits, validateInn } from "./inn";
export {
  REGISTRATION_COUNTRIES,
  validateRegistrationNumber,
  type RegistrationCountry,
} from "./registration-number";
export { validateVatId } from "./vat-id";
export {
  ZCompanyRegistration,
  ZIco,
  ZInn,
  ZRegistrationCountry,
  type TCompanyRegistration,
} from "./registration-schemas";
