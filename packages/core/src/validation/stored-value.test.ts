import { describe, expect, it } from "vitest";
import { z } from "zod";

import type { CustomFieldType } from "./field-types";
import { valueSchemaFor } from "./field-value";
import { fromStoredValue, toStoredValue, type StoredColumns } from "./stored-value";

const emptyRow: StoredColumns = {
  textValue: null,
  numberValue: null,
  dateValue: null,
  boolValue: null,
};

describe("toStoredValue (F2)", () => {
  it.each([
    ["text", "Hello", { column: "textValue", value: "Hello" }],
    ["select", "Red", { column: "textValue", value: "Red" }],
    ["email", "jan@firma.cz", { column: "textValue", value: "jan@firma.cz" }],
    ["phone", "+420 777 123 456", { column: "textValue", value: "+420 777 123 456" }],
    ["url", "https://example.com", { column: "textValue", value: "https://example.com" }],
    ["number", "-12.5", { column: "numberValue", value: "-12.5" }],
    ["date", "2024-02-29", { column: "dateValue", value: new Date("2024-02-29T00:00:00.000Z") }],
    ["checkbox", false, { column: "boolValue", value: false }],
    ["number", null, { column: "numberValue", value: null }],
    ["date", null, { column: "dateValue", value: null }],
    ["checkbox", null, { column: "boolValue", value: null }],
  ] as const)("%s %j", (type, value, stored) => expect(toStoredValue(type, value)).toEqual(stored));

  it.each([
    ["checkbox", "true", "A checkbox field stores a boolean, not string."],
    ["text", true, "A text field stores a string, not boolean."],
  ] as const)("throws on a %s value that skipped validation", (type, value, message) =>
    expect(() => toStoredValue(type as CustomFieldType, value)).toThrow(message),
  );
});

describe("fromStoredValue (F2)", () => {
  const decimal = { toString: () => "1234.5" };
  it.each([
    ["text", { ...emptyRow, textValue: "Hello" }, "Hello"],
    ["number", { ...emptyRow, numberValue: decimal }, "1234.5"],
    ["number", { ...emptyRow, numberValue: "0.0001" }, "0.0001"],
    ["date", { ...emptyRow, dateValue: new Date("2024-02-29T00:00:00.000Z") }, "2024-02-29"],
    ["checkbox", { ...emptyRow, boolValue: true }, true],
    ["checkbox", emptyRow, null],
    ["url", { ...emptyRow, numberValue: "5" }, null],
  ] as const)("%s %j", (type, row, value) => expect(fromStoredValue(type, row)).toBe(value));
});

describe("valueSchemaFor → toStoredValue → fromStoredValue (F2)", () => {
  it.each([
    ["number", " 1.23456 ", "numberValue", "1.2346"],
    ["number", 42, "numberValue", "42"],
    ["date", "2024-12-31", "dateValue", "2024-12-31"],
    ["checkbox", true, "boolValue", true],
    ["email", "Jan@Firma.CZ", "textValue", "Jan@firma.cz"],
    ["text", "", "textValue", null],
  ] as const)("%s %j round-trips", (type, input, column, value) => {
    const parsed = valueSchemaFor({ type, required: false }).parse(input);
    const stored = toStoredValue(type, parsed);
    expect(stored.column).toBe(column);
    expect(fromStoredValue(type, { ...emptyRow, [stored.column]: stored.value })).toEqual(value);
  });
});

describe("valueSchemaFor (F2)", () => {
  it("reports the validator's message as the issue", () => {
    const result = valueSchemaFor({ type: "select", required: true, options: ["Red"] }).safeParse(
      "Blue",
    );
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"Blue" is not one of the options: "Red".',
    ]);
  });

  it("places issues at the field's key inside an object and treats a missing key as absent", () => {
    const schema = z.object({
      due: valueSchemaFor({ type: "date", required: true }),
      budget: valueSchemaFor({ type: "number", required: false }),
    });
    expect(schema.parse({ due: "2024-12-31" })).toEqual({ due: "2024-12-31", budget: null });
    expect(
      schema
        .safeParse({ budget: "12,5" })
        .error?.issues.map(({ path, message }) => ({ path, message })),
    ).toEqual([
      { path: ["due"], message: "This field is required; enter a value." },
      { path: ["budget"], message: '"12,5" uses a comma; write the decimal point as a dot: 12.5.' },
    ]);
  });
});
