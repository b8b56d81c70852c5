import type { TCompanyRegister } from "./company-register";
import { OFFLINE_COMPANIES, type TRegisterEntry } from "./offline-companies";

/**
 * A register answered from a fixed list: the default adapter (the shipped list) and the one
 * tests inject (their own list). It never reaches the network.
 */
export function createOfflineCompanyRegister(
  entries: readonly TRegisterEntry[] = OFFLINE_COMPANIES,
): TCompanyRegister {
  const byNumber = new Map(
    entries.map(({ registrationCountry, registrationNumber, ...company }) => [
      `${registrationCountry}:${registrationNumber}`,
      company,
    ]),
  );
  return {
    lookup: (country, registrationNumber) =>
      Promise.resolve(byNumber.get(`${country}:${registrationNumber}`) ?? null),
  };
}
