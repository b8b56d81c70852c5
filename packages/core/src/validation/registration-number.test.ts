import { describe, expect, it } from "vitest";

import { validateIco } from "./ico";
import { validateInn } from "./inn";
import { validateRegistrationNumber } from "./registration-number";
import { validateVatId } from "./vat-id";

const ok = (value: string) => ({ ok: true, value });
const fail = (message: string) => ({ ok: false, message });

describe("validateIco (A2)", () => {
  it.each([
    ["27074358", ok("27074358")],
    ["25596641", ok("25596641")],
    ["00006947", ok("00006947")],
    ["45274649", ok("45274649")],
    ["6947", ok("00006947")],
    ["00000001", ok("00000001")],
    ["270 74 358", ok("27074358")],
    ["  27074358  ", ok("27074358")],
    ["\u00a027074358\t", ok("27074358")],
    ["27\u202f074\u202f358", ok("27074358")],
  ])("accepts %j", (input, expected) => expect(validateIco(input)).toEqual(expected));

  it.each([
    ["27074359", "IČO 27074359 has a wrong check digit: the last digit should be 8."],
    ["25596642", "IČO 25596642 has a wrong check digit: the last digit should be 1."],
    ["00006948", "IČO 00006948 has a wrong check digit: the last digit should be 7."],
    ["2707435", "IČO 02707435 has a wrong check digit: the last digit should be 8."],
    ["00000000", "IČO 00000000 has a wrong check digit: the last digit should be 1."],
    ["123456789", "An IČO has 8 digits; 123456789 has 9."],
    ["", "Enter the IČO."],
    ["   ", "Enter the IČO."],
    ["27O74358", 'The IČO may contain only digits: "27O74358" contains "O".'],
    ["-27074358", 'The IČO may contain only digits: "-27074358" contains "-".'],
    [
      "２７０７４３５８",
      'The IČO may contain only digits: "２７０７４３５８" contains "２" (use the digits 0–9).',
    ],
    ["٢٧٠٧٤٣٥٨", 'The IČO may contain only digits: "٢٧٠٧٤٣٥٨" contains "٢" (use the digits 0–9).'],
    ["1".repeat(10_000), `An IČO has 8 digits; ${"1".repeat(40)}… has 10000.`],
  ])("refuses %j", (input, message) => expect(validateIco(input)).toEqual(fail(message)));
});

describe("validateInn (A2)", () => {
  it.each([
    ["7707083893", ok("7707083893")],
    ["7736207543", ok("7736207543")],
    ["7702070139", ok("7702070139")],
    ["500100732259", ok("500100732259")],
    [" 7707 0838 93 ", ok("7707083893")],
  ])("accepts %j", (input, expected) => expect(validateInn(input)).toEqual(expected));

  it.each([
    ["7707083894", "INN 7707083894 has a wrong check digit: the last digit should be 3."],
    ["7707083892", "INN 7707083892 has a wrong check digit: the last digit should be 3."],
    ["500100732258", "INN 500100732258 has wrong check digits: the last two digits should be 59."],
    ["500100732269", "INN 500100732269 has wrong check digits: the last two digits should be 59."],
    ["770708389", "An INN has 10 digits (organisation) or 12 (individual); 770708389 has 9."],
    ["77070838931", "An INN has 10 digits (organisation) or 12 (individual); 77070838931 has 11."],
    ["0000000000", "INN 0000000000 is a placeholder, not a real INN."],
    ["000000000000", "INN 000000000000 is a placeholder, not a real INN."],
    ["", "Enter the INN."],
    [
      "７７０７０８３８９３",
      'The INN may contain only digits: "７７０７０８３８９３" contains "７" (use the digits 0–9).',
    ],
  ])("refuses %j", (input, message) => expect(validateInn(input)).toEqual(fail(message)));
});

describe("validateRegistrationNumber (A2)", () => {
  it.each([
    ["cz", "6947", ok("00006947")],
    ["cz", "7707083893", fail("An IČO has 8 digits; 7707083893 has 10.")],
    ["ru", "7707083893", ok("7707083893")],
    [
      "ru",
      "27074358",
      fail("An INN has 10 digits (organisation) or 12 (individual); 27074358 has 8."),
    ],
    ["other", "  HRB   12345 B ", ok("HRB 12345 B")],
    ["other", "   ", fail("Enter the registration number.")],
    [
      "other",
      "12\u000045",
      fail("The registration number contains a control character; type it again as plain text."),
    ],
    [
      "other",
      "X".repeat(41),
      fail(
        `The registration number "${"X".repeat(40)}…" is 41 characters long; at most 40 are allowed.`,
      ),
    ],
  ] as const)("%s %j", (country, input, expected) =>
    expect(validateRegistrationNumber(country, input)).toEqual(expected),
  );
});

describe("validateVatId (A2)", () => {
  it.each([
    ["cz", "CZ27074358", ok("CZ27074358")],
    ["cz", " cz 270 74 358 ", ok("CZ27074358")],
    ["cz", "CZ123456789", ok("CZ123456789")],
    ["cz", "CZ7103192745", ok("CZ7103192745")],
    ["cz", "27074358", fail("A Czech VAT id starts with CZ: write CZ27074358.")],
    [
      "cz",
      "CZ27074359",
      fail(
        "VAT id CZ27074359 does not contain a valid IČO. IČO 27074359 has a wrong check digit: the last digit should be 8.",
      ),
    ],
    [
      "cz",
      "1234567",
      fail(
        'A Czech VAT id is CZ followed by 8 to 10 digits (e.g. CZ27074358); "CZ1234567" is not.',
      ),
    ],
    [
      "cz",
      "CZ12345678901",
      fail(
        'A Czech VAT id is CZ followed by 8 to 10 digits (e.g. CZ27074358); "CZ12345678901" is not.',
      ),
    ],
    [
      "cz",
      "DE123456789",
      fail(
        'A Czech VAT id is CZ followed by 8 to 10 digits (e.g. CZ27074358); "DE123456789" is not.',
      ),
    ],
    ["cz", "", fail("Enter the VAT id, e.g. CZ27074358.")],
    ["ru", "500100732259", ok("500100732259")],
    [
      "ru",
      "500100732258",
      fail("INN 500100732258 has wrong check digits: the last two digits should be 59."),
    ],
    ["other", " DE 123456789 ", ok("DE 123456789")],
    ["other", "", fail("Enter the VAT id.")],
  ] as const)("%s %j", (country, input, expected) =>
    expect(validateVatId(country, input)).toEqual(expected),
  );
});
