import type { TRegisterCompany, TRegisterCountry } from "./company-register";

export type TRegisterEntry = TRegisterCompany & {
  registrationCountry: TRegisterCountry;
  registrationNumber: string;
};

/**
 * What the offline register knows: a few companies as the Czech (ARES) and Russian (EGRUL)
 * registers publish them, so the lookup works on an installation without internet access.
 * Every number passes its checksum (tested).
 */
export const OFFLINE_COMPANIES: readonly TRegisterEntry[] = [
  {
    registrationCountry: "cz",
    registrationNumber: "45274649",
    legalName: "ČEZ, a. s.",
    vatId: "CZ45274649",
    street: "Duhová 1444/2",
    city: "Praha 4",
    postalCode: "140 00",
    country: "CZ",
  },
  {
    registrationCountry: "cz",
    registrationNumber: "00177041",
    legalName: "ŠKODA AUTO a.s.",
    vatId: "CZ00177041",
    street: "tř. Václava Klementa 869",
    city: "Mladá Boleslav",
    postalCode: "293 01",
    country: "CZ",
  },
  {
    registrationCountry: "cz",
    registrationNumber: "26168685",
    legalName: "Seznam.cz, a.s.",
    vatId: "CZ26168685",
    street: "Radlická 3294/10",
    city: "Praha 5",
    postalCode: "150 00",
    country: "CZ",
  },
  {
    registrationCountry: "cz",
    registrationNumber: "27082440",
    legalName: "Alza.cz a.s.",
    vatId: "CZ27082440",
    street: "Jankovcova 1522/53",
    city: "Praha 7",
    postalCode: "170 00",
    country: "CZ",
  },
  {
    registrationCountry: "ru",
    registrationNumber: "7707083893",
    legalName: "ПАО Сбербанк",
    vatId: "7707083893",
    street: "ул. Вавилова, д. 19",
    city: "Москва",
    postalCode: "117312",
    country: "RU",
  },
  {
    registrationCountry: "ru",
    registrationNumber: "7736207543",
    legalName: "ООО «ЯНДЕКС»",
    vatId: "7736207543",
    street: "ул. Льва Толстого, д. 16",
    city: "Москва",
    postalCode: "119021",
    country: "RU",
  },
  {
    registrationCountry: "ru",
    registrationNumber: "7736050003",
    legalName: "ПАО «Газпром»",
    vatId: "7736050003",
    street: "Лахтинский пр-кт, д. 2, корп. 3, стр. 1",
    city: "Санкт-Петербург",
    postalCode: "197229",
    country: "RU",
  },
  {
    registrationCountry: "ru",
    registrationNumber: "7708004767",
    legalName: "ПАО «ЛУКОЙЛ»",
    vatId: "7708004767",
    street: "Сретенский б-р, д. 11",
    city: "Москва",
    postalCode: "101000",
    country: "RU",
  },
];
