import { describe, expect, it } from "vitest";

import { changedProfileFields, toProfileForm } from "./profile-form";

const PROFILE = {
  id: "p",
  slug: "charter-b2b",
  name: "Charter Demo B2B",
  legalName: "Charter Demo s.r.o.",
  registrationCountry: "cz" as const,
  registrationNumber: "27074358",
  vatId: "CZ27074358",
  street: "Vinohradská 12",
  city: "Praha",
  postalCode: "120 00",
  country: null,
  email: "office@demo.charter.test",
  phone: "+420 222 111 000",
  logoFileId: null,
  updatedAt: new Date(0),
  version: 3,
};

describe("changedProfileFields", () => {
  it("is null when nothing changed", () => {
    expect(changedProfileFields(PROFILE, toProfileForm(PROFILE))).toBeNull();
  });

  it("sends changed fields, an emptied one as null", () => {
    const form = { ...toProfileForm(PROFILE), city: "Brno", phone: " " };
    expect(changedProfileFields(PROFILE, form)).toEqual({ city: "Brno", phone: null });
  });

  it("sends the whole registration when a part of it changed", () => {
    const form = { ...toProfileForm(PROFILE), vatId: "" };
    expect(changedProfileFields(PROFILE, form)).toEqual({
      registrationCountry: "cz",
      registrationNumber: "27074358",
      vatId: null,
    });
  });

  it("sends an emptied name as empty, for the API to refuse by name", () => {
    expect(changedProfileFields(PROFILE, { ...toProfileForm(PROFILE), name: "" })).toEqual({
      name: "",
    });
  });
});
