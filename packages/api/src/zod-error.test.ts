import { useTestDatabase } from "@charter/db/testing/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { callOverHttp } from "./testing/call-over-http";
import { createTestContext } from "./testing/create-test-context";
import { createTestMember } from "./testing/factories";
import { toFieldIssue } from "./zod-error";

const getDb = useTestDatabase();

type TZodErrorBody = {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  fieldPaths: Record<string, string[]>;
  fieldIssues: Record<string, unknown[]>;
};
type TErrorBody = {
  error: { json: { data: { code: string; zodError: TZodErrorBody | null } } };
};

/** A mutation over HTTP by a fresh project's Admin: the error arrives through the formatter. */
async function post(path: string, input: unknown) {
  const db = getDb();
  const { user } = await createTestMember(db, { userType: "admin" });
  return callOverHttp<TErrorBody>(await createTestContext(db, user), path, input);
}

describe("zod errors over HTTP", () => {
  it("name each nested field by its dotted path, beside the flattened errors", async () => {
    const { status, body } = await post("companies.update", {
      id: crypto.randomUUID(),
      version: 1,
      fields: { name: "", email: "not an e-mail" },
    });

    expect(status).toBe(400);
    const zodError = body.error.json.data.zodError;
    expect(Object.keys(zodError?.fieldPaths ?? {}).sort()).toEqual(["fields.email", "fields.name"]);
    expect(zodError?.fieldPaths["fields.name"]).toEqual(["Give the company a name."]);
    expect(zodError?.fieldPaths["fields.email"]?.[0]).toMatch(/e-mail address/);
    // The kind of each fault, for a client that words it in the reader's language.
    expect(zodError?.fieldIssues).toEqual({
      "fields.name": [{ code: "required" }],
      "fields.email": [{ code: "format", format: "email" }],
    });
    // The flattened shape is unchanged: both messages under the top-level key.
    expect(zodError?.fieldErrors.fields).toHaveLength(2);
    expect(zodError?.formErrors).toEqual([]);
  });

  it("name a line's field by its index", async () => {
    const line = { description: "Consulting", quantity: "1", unitPrice: "100" };
    const { status, body } = await post("invoices.create", {
      companyId: crypto.randomUUID(),
      currency: "CZK",
      lines: [line, line, { ...line, quantity: "-2" }],
    });

    expect(status).toBe(400);
    const zodError = body.error.json.data.zodError;
    expect(Object.keys(zodError?.fieldPaths ?? {})).toEqual(["lines.2.quantity"]);
    expect(zodError?.fieldPaths["lines.2.quantity"]?.[0]).toMatch(/quantity/);
    expect(Object.keys(zodError?.fieldErrors ?? {})).toEqual(["lines"]);
  });

  it("leave messages without a path to formErrors only", async () => {
    const { status, body } = await post("companies.create", { name: "Acme", projectId: "x" });

    expect(status).toBe(400);
    const zodError = body.error.json.data.zodError;
    expect(zodError?.formErrors.join(" ")).toMatch(/projectId/);
    expect(zodError?.fieldPaths).toEqual({});
    expect(zodError?.fieldIssues).toEqual({});
  });
});

describe("toFieldIssue", () => {
  const issuesOf = (schema: z.ZodType, input: unknown) =>
    schema.safeParse(input).error?.issues.map((issue) => toFieldIssue(issue, input));

  it.each([
    ["a missing value", z.object({ a: z.string() }), {}, { code: "required" }],
    ["an empty required text", z.string().min(1), "", { code: "required" }],
    ["a short text", z.string().min(3), "ab", { code: "too_small", origin: "string", minimum: 3 }],
    ["a long text", z.string().max(2), "abc", { code: "too_big", origin: "string", maximum: 2 }],
    ["a small number", z.number().min(5), 1, { code: "too_small", origin: "number", minimum: 5 }],
    ["a wrong e-mail", z.email(), "x", { code: "format", format: "email" }],
    ["an unknown choice", z.enum(["a", "b"]), "c", { code: "choice" }],
    ["a wrong type", z.string(), 5, { code: "other" }],
  ])("words %s by its kind", (_name, schema, input, expected) => {
    expect(issuesOf(schema, input)?.[0]).toEqual(expected);
  });
});
