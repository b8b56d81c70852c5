import { describe, expect, it } from "vitest";

import type { CustomFieldType } from "./field-types";
import { parseFieldValue } from "./field-value";

type Case = [input: unknown, expected: unknown];

const ok = (value: unknown) => ({ ok: true, value });
const fail = (message: string) => ({ ok: false, message });
const optional = (type: CustomFieldType, options?: string[]) => ({
  type,
  required: false,
  options,
});

// Test titles show long inputs cut short, so a 100,000-character case stays readable.
const shorten = (input: unknown) => {
  const shown = typeof input === "string" ? input : String(JSON.stringify(input));
  return shown.length > 60 ? `${shown.slice(0, 60)}… (${shown.length} chars)` : shown;
};

function table(type: CustomFieldType, cases: Case[], options?: string[]) {
  const rows = cases.map(([input, expected]) => [shorten(input), input, expected] as const);
  it.each(rows)(`${type} %s`, (_title, input, expected) =>
    expect(parseFieldValue(optional(type, options), input)).toEqual(expected),
  );
}

describe("absent values (F2)", () => {
  it.each([null, undefined, "", "   ", "\t\n"])("%j is null when optional", (input) => {
    for (const type of ["text", "number", "date", "checkbox", "email", "url"] as const) {
      expect(parseFieldValue({ type, required: false }, input)).toEqual(ok(null));
    }
  });
  it.each([null, undefined, "", "   "])("%j is refused when required", (input) =>
    expect(parseFieldValue({ type: "text", required: true }, input)).toEqual(
      fail("This field is required; enter a value."),
    ),
  );
  it("keeps false in a required checkbox", () =>
    expect(parseFieldValue({ type: "checkbox", required: true }, false)).toEqual(ok(false)));
});

describe("text (F2)", () =>
  table("text", [
    ["Hello", ok("Hello")],
    ["  padded  ", ok("padded")],
    ["line one\nline two", ok("line one\nline two")],
    ["x".repeat(10_000), ok("x".repeat(10_000))],
    ["😀".repeat(10_000), ok("😀".repeat(10_000))],
    ["x".repeat(10_001), fail("The text is 10,001 characters long; at most 10,000 are allowed.")],
    ["a\u0000b", fail("The text contains a NUL character, which cannot be stored; remove it.")],
    [42, fail("Expected text, got number 42.")],
    [["a"], fail("Expected text, got a list.")],
    [{ text: "a" }, fail("Expected text, got an object.")],
  ]));

describe("number (F2)", () =>
  table("number", [
    [12.5, ok("12.5")],
    [-3, ok("-3")],
    [0.1 + 0.2, ok("0.3")],
    [1e-7, ok("0")],
    [-0, ok("0")],
    [99_999_999_999_999, ok("99999999999999")],
    ["12.5", ok("12.5")],
    [" 007.50 ", ok("7.5")],
    ["+.5", ok("0.5")],
    ["1.", ok("1")],
    ["-0", ok("0")],
    ["1.23456", ok("1.2346")],
    ["1.23454", ok("1.2345")],
    ["0.00005", ok("0.0001")],
    ["-0.00005", ok("-0.0001")],
    ["-0.00004", ok("0")],
    ["99999999999999.9999", ok("99999999999999.9999")],
    ["12,5", fail('"12,5" uses a comma; write the decimal point as a dot: 12.5.')],
    ["1 000", fail('"1 000" has thousands separators; write the number without them: 1000.')],
    [
      "1,000.25",
      fail('"1,000.25" has thousands separators; write the number without them: 1000.25.'),
    ],
    ["1e3", fail('"1e3" is in exponent notation; write the number out in full.')],
    ["١٢", fail('"١٢" is not a number; use the digits 0–9.')],
    [".", fail('"." is not a number; write e.g. 1250 or -3.75.')],
    ["12 kg", fail('"12 kg" is not a number; write e.g. 1250 or -3.75.')],
    ["0x10", fail('"0x10" is not a number; write e.g. 1250 or -3.75.')],
    [1e14, fail('"100000000000000" is too large: at most 14 digits before the decimal point.')],
    [
      "99999999999999.99995",
      fail('"99999999999999.99995" is too large: at most 14 digits before the decimal point.'),
    ],
    [
      "9".repeat(100_000),
      fail(`"${"9".repeat(40)}…" is too large: at most 14 digits before the decimal point.`),
    ],
    [Infinity, fail("Infinity is not a finite number.")],
    [Number.NaN, fail("NaN is not a finite number.")],
    [true, fail("Expected a number, got boolean true.")],
  ]));

describe("date (F2)", () =>
  table("date", [
    ["2024-05-31", ok("2024-05-31")],
    [" 2024-02-29 ", ok("2024-02-29")],
    ["2000-02-29", ok("2000-02-29")],
    ["0001-01-01", ok("0001-01-01")],
    ["9999-12-31", ok("9999-12-31")],
    ["2023-02-29", fail("2023-02-29 does not exist: February 2023 has 28 days.")],
    ["1900-02-29", fail("1900-02-29 does not exist: February 1900 has 28 days.")],
    ["2024-04-31", fail("2024-04-31 does not exist: April 2024 has 30 days.")],
    ["2024-05-00", fail("2024-05-00 does not exist: May 2024 has 31 days.")],
    ["2024-13-01", fail("2024-13-01 does not exist: there is no month 13.")],
    ["0000-01-01", fail("0000-01-01 does not exist: years start at 0001.")],
    [
      "2024-05-31T10:00:00Z",
      fail('"2024-05-31T10:00:00Z" has a time; send only the date, e.g. 2024-05-31.'),
    ],
    ["31.5.2024", fail('"31.5.2024" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.')],
    ["2024-5-31", fail('"2024-5-31" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.')],
    [
      "２０２４-05-31",
      fail('"２０２４-05-31" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.'),
    ],
    [new Date(0), fail("Expected a date as text, YYYY-MM-DD, got a date-time object.")],
    [20240531, fail("Expected a date as text, YYYY-MM-DD, got number 20240531.")],
  ]));

describe("checkbox (F2)", () =>
  table("checkbox", [
    [true, ok(true)],
    [false, ok(false)],
    ["true", fail('Expected true or false, got the text "true".')],
    [1, fail("Expected true or false, got number 1.")],
  ]));

describe("select (F2)", () => {
  table(
    "select",
    [
      ["Red", ok("Red")],
      [" Green ", ok("Green")],
      ["red", fail('"red" is not one of the options; did you mean "Red"?')],
      ["Blue", fail('"Blue" is not one of the options: "Red", "Green".')],
      [1, fail("Expected one of the options as text, got number 1.")],
    ],
    ["Red", "Green"],
  );
  table("select", [
    ["Red", fail("This select field has no options yet; add options to the field first.")],
  ]);
  const many = Array.from({ length: 12 }, (_, index) => `o${index + 1}`);
  table(
    "select",
    [
      [
        "x",
        fail(
          `"x" is not one of the options: ${many
            .slice(0, 10)
            .map((o) => `"${o}"`)
            .join(", ")} and 2 more.`,
        ),
      ],
    ],
    many,
  );
});

describe("email (F2)", () =>
  table("email", [
    ["jan.novak@firma.cz", ok("jan.novak@firma.cz")],
    [" Jan.Novak@Firma.CZ ", ok("Jan.Novak@firma.cz")],
    ["o'brien+crm@mail.example.co.uk", ok("o'brien+crm@mail.example.co.uk")],
    ["ivan@почта.рф", ok("ivan@почта.рф")],
    ["jan", fail('"jan" has no @; write e.g. name@example.com.')],
    ["@firma.cz", fail('"@firma.cz" has nothing before the @.')],
    ["jan@", fail('"jan@" has nothing after the @.')],
    ["a@b@firma.cz", fail('"a@b@firma.cz" has more than one @.')],
    [
      "jan novak@firma.cz",
      fail('"jan novak@firma.cz" contains a space; an e-mail address cannot.'),
    ],
    [
      "jan@localhost",
      fail('"jan@localhost" needs a full domain after the @, e.g. name@localhost.com.'),
    ],
    [
      "jan..novak@firma.cz",
      fail(
        '"jan..novak@firma.cz" has characters before the @ that an address cannot have (or a dot at an end or twice in a row).',
      ),
    ],
    [
      "jan@firma..cz",
      fail(
        '"jan@firma..cz" has an empty part (two dots in a row, or a dot at an end) in its domain; a domain is made of letters, digits and hyphens.',
      ),
    ],
    [
      "jan@-firma.cz",
      fail(
        '"jan@-firma.cz" has "-firma" in its domain; a domain is made of letters, digits and hyphens.',
      ),
    ],
    ["jan@10.0.0.1", fail('"jan@10.0.0.1" has a domain that ends in a number.')],
    [
      `${"a".repeat(65)}@firma.cz`,
      fail(`"${"a".repeat(40)}…" has more than 64 characters before the @.`),
    ],
    [
      `a@${["b", "c", "d", "e", "f"].map((letter) => letter.repeat(60)).join(".")}.cz`,
      fail(`"a@${"b".repeat(38)}…" is longer than 254 characters; an e-mail address cannot be.`),
    ],
  ]));

describe("phone (F2)", () =>
  table("phone", [
    ["+420 777 123 456", ok("+420 777 123 456")],
    ["  +420 777   123 456 ", ok("+420 777 123 456")],
    ["(+420) 777-123-456", ok("(+420) 777-123-456")],
    ["8 (495) 123-45-67", ok("8 (495) 123-45-67")],
    ["123456", ok("123456")],
    ["1".repeat(20), ok("1".repeat(20))],
    ["12345", fail('"12345" has 5 digits; a phone number has 6 to 20.')],
    ["1".repeat(21), fail(`"${"1".repeat(21)}" has 21 digits; a phone number has 6 to 20.`)],
    [
      "+420 777 123 456 ext. 12",
      fail(
        '"+420 777 123 456 ext. 12" contains "e"; a phone number may contain only digits, spaces, +, -, ( and ).',
      ),
    ],
    [
      "777+123456",
      fail(
        '"777+123456" has a + that is not at the start; only the country code may begin with +.',
      ),
    ],
    [
      "１２３４５６",
      fail(
        '"１２３４５６" contains "１" (use the digits 0–9); a phone number may contain only digits, spaces, +, -, ( and ).',
      ),
    ],
    [420777123456, fail("Expected a phone number as text, got number 420777123456.")],
  ]));

describe("url (F2)", () =>
  table("url", [
    ["https://example.com", ok("https://example.com")],
    [" http://example.com/path?q=1#top ", ok("http://example.com/path?q=1#top")],
    ["HTTPS://EXAMPLE.COM", ok("HTTPS://EXAMPLE.COM")],
    ["http://[::1]:3000/", ok("http://[::1]:3000/")],
    ["https://пример.рф", ok("https://пример.рф")],
    [
      "example.com",
      fail('"example.com" needs http:// or https:// in front, e.g. https://example.com.'),
    ],
    [
      "localhost:8080",
      fail('"localhost:8080" needs http:// or https:// in front, e.g. https://localhost:8080.'),
    ],
    [
      "ftp://example.com",
      fail('"ftp://example.com" uses the ftp: scheme; only http and https links are allowed.'),
    ],
    [
      "javascript:alert(1)",
      fail(
        '"javascript:alert(1)" uses the javascript: scheme; only http and https links are allowed.',
      ),
    ],
    ["http://", fail('"http://" is not a valid link; check the address after http://.')],
    [
      "https://user:secret@example.com",
      fail(
        '"https://user:secret@example.com" contains a user name or password; remove the part before @.',
      ),
    ],
    [
      "https://exa mple.com",
      fail('"https://exa mple.com" contains a space; encode it as %20 or remove it.'),
    ],
    [
      `https://example.com/${"a".repeat(2100)}`,
      fail("The link is 2120 characters long; at most 2048 are allowed."),
    ],
  ]));
