import { describe, expect, it } from "vitest";

import { guardCell, toCsv } from "./csv";

describe("csv: RFC 4180 with formula injection guarded", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+420 222 111 000", "'+420 222 111 000"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["-5", "-5"],
    ["+12.50", "+12.50"],
    ["Nováková s.r.o.", "Nováková s.r.o."],
    ["", ""],
  ])("guards %j as %j", (value, guarded) => {
    expect(guardCell(value)).toBe(guarded);
  });

  it("quotes commas, quotes and line breaks, and ends every record with CRLF", () => {
    expect(
      toCsv([
        ["name", "note"],
        ['Acme, "the best"', "line one\nline two"],
        ["plain", ""],
      ]),
    ).toBe('name,note\r\n"Acme, ""the best""","line one\nline two"\r\nplain,\r\n');
  });

  it("guards before quoting, so a quoted formula still starts with the quote mark", () => {
    expect(toCsv([['=1+1,"x"']])).toBe(`"'=1+1,""x"""\r\n`);
  });
});
