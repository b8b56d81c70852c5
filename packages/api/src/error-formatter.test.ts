import { useTestDatabase } from "@charter/db/testing/vitest";
import { describe, expect, it } from "vitest";

import { callOverHttp } from "./testing/call-over-http";
import { createTestContext } from "./testing/create-test-context";
import { createTestMember } from "./testing/factories";

const getDb = useTestDatabase();

type TErrorBody = {
  error: {
    json: {
      message: string;
      data: {
        appCode: string | null;
        rule: string | null;
        messageKey: string | null;
        params: Record<string, string | number> | null;
        field: string | null;
        zodError: unknown;
      };
    };
  };
};

/** A mutation over HTTP by a fresh project's member: the error arrives through the formatter. */
async function post(userType: "admin" | "employee", path: string, input: unknown) {
  const db = getDb();
  const { user } = await createTestMember(db, { userType });
  return callOverHttp<TErrorBody>(await createTestContext(db, user), path, input);
}

describe("the error formatter", () => {
  it("sends an AppError's message key and the input key at fault", async () => {
    const { status, body } = await post("admin", "invoices.create", {
      companyId: crypto.randomUUID(),
      currency: "CZK",
    });

    expect(status).toBe(400);
    expect(body.error.json.message).toBe(
      "companyId: no company with this id; pick one from the list.",
    );
    expect(body.error.json.data).toMatchObject({
      appCode: "INVALID_INPUT",
      rule: null,
      messageKey: "access.pickFromList",
      params: { thing: "company" },
      field: "companyId",
      zodError: null,
    });
  });

  it("sends a refusal's words as codes beside the engine's rule", async () => {
    const { status, body } = await post("employee", "security.createIpRange", {
      range: "192.0.2.0/24",
    });

    expect(status).toBe(403);
    expect(body.error.json.data).toMatchObject({
      appCode: "FORBIDDEN",
      rule: "no-grant",
      messageKey: "session.noRight",
      params: { action: "create", resource: "settings.security" },
      field: null,
    });
    expect(body.error.json.message).toBe(
      "You have no right to create settings.security. Ask your administrator for a role that grants it.",
    );
  });

  it("sends no key for a failure the API did not raise itself", async () => {
    const { status, body } = await post("admin", "companies.create", { name: "" });

    expect(status).toBe(400);
    expect(body.error.json.data).toMatchObject({
      appCode: null,
      messageKey: null,
      params: null,
      field: null,
    });
    expect(body.error.json.data.zodError).not.toBeNull();
  });
});
