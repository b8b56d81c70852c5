import { describe, expect, it } from "vitest";

import { changedBuiltIns, findBuiltInProblems, toBuiltInValues } from "./built-in-fields";
import { COMPANY_FIELDS } from "./company-fields";

const company = {
  name: "Acme s.r.o.",
  email: null,
  phone: "+420 222 111 000",
  city: "Praha",
  isPartner: false,
};

describe("toBuiltInValues", () => {
  it("leaves out the fields the API hid from the reader", () => {
    const values = toBuiltInValues(company, COMPANY_FIELDS);
    expect(values).toEqual({
      name: "Acme s.r.o.",
      email: "",
      phone: "+420 222 111 000",
      city: "Praha",
      isPartner: false,
    });
    expect("vatId" in values).toBe(false);
  });
});

describe("changedBuiltIns", () => {
  it("sends only the changes, trimmed, with cleared text as null", () => {
    const values = {
      ...toBuiltInValues(company, COMPANY_FIELDS),
      name: " Acme a.s. ",
      city: "",
      isPartner: true,
      vatId: "CZ1",
    };
    expect(changedBuiltIns(company, COMPANY_FIELDS, values)).toEqual({
      name: "Acme a.s.",
      city: null,
      isPartner: true,
    });
  });
});

describe("findBuiltInProblems", () => {
  it("asks for a name and a real e-mail address", () => {
    expect(findBuiltInProblems(COMPANY_FIELDS, { name: null, email: "office" })).toEqual({
      name: "errors.validation.required",
      email: "errors.validation.email",
    });
    expect(
      findBuiltInProblems(COMPANY_FIELDS, { email: "office@acme.example", phone: null }),
    ).toEqual({});
  });
});
