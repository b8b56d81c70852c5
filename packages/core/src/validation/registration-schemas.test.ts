import { describe, expect, it } from "vitest";

import { ZCompanyRegistration, ZIco, ZInn } from "./registration-schemas";

function messagesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("ZIco and ZInn (A2)", () => {
  it.each([
    [ZIco, " 270 74 358 ", "27074358"],
    [ZIco, "6947", "00006947"],
    [ZInn, "7707083893", "7707083893"],
    [ZInn, "500100732259", "500100732259"],
  ])("parse to the normalised number: %#", (schema, input, output) =>
    expect(schema.parse(input)).toBe(output),
  );

  it.each([
    [ZIco, "27074359", "IČO 27074359 has a wrong check digit: the last digit should be 8."],
    [ZIco, 27074358, "Send the IČO as text."],
    [ZInn, "7707083894", "INN 7707083894 has a wrong check digit: the last digit should be 3."],
    [ZInn, null, "Send the INN as text."],
  ])("carry the validator's message: %#", (schema, input, message) =>
    expect(messagesOf(schema.safeParse(input))).toEqual([message]),
  );
});

describe("ZCompanyRegistration (A2)", () => {
  it.each([
    [
      { country: "cz", registrationNumber: "6947", vatId: "cz 00006947" },
      { country: "cz", registrationNumber: "00006947", vatId: "CZ00006947" },
    ],
    [
      { country: "ru", registrationNumber: "7707083893", vatId: " " },
      { country: "ru", registrationNumber: "7707083893", vatId: null },
    ],
    [
      { country: "other", registrationNumber: "HRB 12345 B" },
      { country: "other", registrationNumber: "HRB 12345 B", vatId: null },
    ],
  ])("normalises %j", (input, output) => expect(ZCompanyRegistration.parse(input)).toEqual(output));

  it("reports each wrong part at its own path", () => {
    const result = ZCompanyRegistration.safeParse({
      country: "cz",
      registrationNumber: "27074359",
      vatId: "CZ2707435",
    });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: ["registrationNumber"],
        message: "IČO 27074359 has a wrong check digit: the last digit should be 8.",
      },
      {
        path: ["vatId"],
        message:
          'A Czech VAT id is CZ followed by 8 to 10 digits (e.g. CZ27074358); "CZ2707435" is not.',
      },
    ]);
  });

  it("refuses an unknown country", () => {
    const result = ZCompanyRegistration.safeParse({ country: "de", registrationNumber: "1" });
    expect(result.error?.issues[0]?.path).toEqual(["country"]);
  });
});
