import { validateRegistrationNumber, validateVatId } from "@charter/core/validation";
import { describe, expect, it } from "vitest";

import { OFFLINE_COMPANIES } from "./offline-companies";
import { createOfflineCompanyRegister } from "./offline-company-register";

describe("the offline company register (A2)", () => {
  it.each(OFFLINE_COMPANIES.map((entry) => [entry.legalName, entry] as const))(
    "%s is stored as the validators normalise it",
    (_name, entry) => {
      const number = validateRegistrationNumber(
        entry.registrationCountry,
        entry.registrationNumber,
      );
      expect(number).toEqual({ ok: true, value: entry.registrationNumber });
      if (entry.vatId !== null) {
        expect(validateVatId(entry.registrationCountry, entry.vatId)).toEqual({
          ok: true,
          value: entry.vatId,
        });
      }
    },
  );

  it("knows Czech and Russian companies, each only under its own country", async () => {
    const register = createOfflineCompanyRegister();

    await expect(register.lookup("cz", "00177041")).resolves.toMatchObject({
      legalName: "ŠKODA AUTO a.s.",
      city: "Mladá Boleslav",
    });
    await expect(register.lookup("ru", "7707083893")).resolves.toMatchObject({
      legalName: "ПАО Сбербанк",
      vatId: "7707083893",
    });
    await expect(register.lookup("ru", "00177041")).resolves.toBeNull();
    await expect(register.lookup("cz", "12345679")).resolves.toBeNull();
  });

  it("answers from the list it is given, with no registration fields in the answer", async () => {
    const register = createOfflineCompanyRegister([
      {
        registrationCountry: "cz",
        registrationNumber: "12345679",
        legalName: "Fixture s.r.o.",
        vatId: null,
        street: "Testovací 1",
        city: "Brno",
        postalCode: "602 00",
        country: "CZ",
      },
    ]);

    await expect(register.lookup("cz", "12345679")).resolves.toEqual({
      legalName: "Fixture s.r.o.",
      vatId: null,
      street: "Testovací 1",
      city: "Brno",
      postalCode: "602 00",
      country: "CZ",
    });
    await expect(register.lookup("cz", "00177041")).resolves.toBeNull();
  });
});
