import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { useTestDatabase } from "@charter/db/testing/vitest";
import superjson from "superjson";
import { describe, expect, it } from "vitest";

import { appRouter } from "./root";
import { createTestContext } from "./testing/create-test-context";
import { createTestMember } from "./testing/factories";

const getDb = useTestDatabase();

type TZodErrorBody = {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  fieldPaths: Record<string, string[]>;
};
type TErrorBody = {
  error: { json: { data: { code: string; zodError: TZodErrorBody | null } } };
};

/** A mutation over HTTP by a fresh project's Admin: the error arrives through the formatter. */
async function post(path: string, input: unknown): Promise<{ status: number; body: TErrorBody }> {
  const db = getDb();
  const { user } = await createTestMember(db, { userType: "admin" });
  const context = await createTestContext(db, user);
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () => context,
  });
  return { status: response.status, body: (await response.json()) as TErrorBody };
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
  });
});
