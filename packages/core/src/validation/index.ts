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

export {
  formatIpAddress,
  normaliseIp,
  parseIpAddress,
  type IpAddress,
  type IpFamily,
} from "./ip-address";
export { ipInAnyRange, ipInRange, parseIpRange, type IpRange } from "./ip-range";
export { parseTrustedProxies } from "./trusted-proxies";

export {
  CUSTOM_FIELD_TYPES,
  type CustomFieldDefinition,
  type CustomFieldType,
  type CustomFieldValue,
  type CustomFieldValueByType,
} from "./field-types";
export { parseFieldValue, valueSchemaFor } from "./field-value";
export {
  STORED_COLUMN,
  fromStoredValue,
  toStoredValue,
  type StoredColumns,
  type StoredValue,
} from "./stored-value";
