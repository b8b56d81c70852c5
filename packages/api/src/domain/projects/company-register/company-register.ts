/** The countries whose registers Charter can ask: the Czech IČO and the Russian INN (A2). */
export type TRegisterCountry = "cz" | "ru";

/** A company as its register knows it: what the profile form fills in from a lookup. */
export type TRegisterCompany = {
  legalName: string;
  /** Null when the register knows no VAT id for the company. */
  vatId: string | null;
  street: string;
  city: string;
  postalCode: string;
  /** The address's country, as the profile stores it ("CZ", "RU"). */
  country: string;
};

/**
 * A company register behind an adapter (SPEC A2): the offline fixture by default, ARES or
 * EGRUL when an installation plugs one in through `createTRPCContext({ companyRegister })`.
 * `registrationNumber` arrives checksum-validated and normalised (an 8-digit IČO, a 10- or
 * 12-digit INN). Answers null when the register has no such company; throws only when the
 * register cannot be asked at all.
 */
export type TCompanyRegister = {
  lookup(country: TRegisterCountry, registrationNumber: string): Promise<TRegisterCompany | null>;
};
