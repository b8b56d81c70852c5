import { describe, expect, it } from "vitest";

import { callOverHttp } from "../../testing/call-over-http";
import {
  callerFor,
  createPersonaContext,
  findPersona,
  useSeededDatabase,
} from "../../testing/personas";

const getDb = useSeededDatabase();

type TErrorBody = {
  error: {
    json: {
      message: string;
      data: {
        code: string;
        appCode: string | null;
        zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null;
      };
    };
  };
};

/** A mutation over HTTP, as the browser sends it: the error arrives through the formatter. */
async function post(path: string, input: unknown) {
  return callOverHttp<TErrorBody>(await createPersonaContext(getDb(), "admin"), path, input);
}

describe("companies: hostile input", () => {
  it("search with SQL and LIKE metacharacters matches them literally", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const caller = await callerFor(db, "admin");
    await caller.companies.create({ name: "100% Pure_Water' s.r.o.", registrationNumber: "\\x" });
    const all = await db.company.findMany({
      where: { projectId: admin.projectId },
      select: { name: true, email: true, registrationNumber: true },
    });
    const literalCount = (search: string) =>
      all.filter((company) =>
        [company.name, company.email, company.registrationNumber].some((value) =>
          value?.toLowerCase().includes(search.toLowerCase()),
        ),
      ).length;

    for (const search of ["%", "_", '\'; drop table "Company"; --', "\\", "%%%_", "% pure_"]) {
      const { count } = await caller.companies.count({ search });
      const { items } = await caller.companies.list({ search, limit: 100 });
      expect({ search, count, listed: items.length }).toEqual({
        search,
        count: literalCount(search),
        listed: literalCount(search),
      });
    }
    await expect(caller.companies.count({ search: "% pure_" })).resolves.toEqual({ count: 1 });
    await expect(db.company.count()).resolves.toBeGreaterThan(200);
  });

  it("search finds by name, e-mail and registration number, case-insensitively", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const sample = await db.company.findFirstOrThrow({
      where: {
        projectId: admin.projectId,
        email: { not: null },
        registrationNumber: { not: null },
      },
    });
    const caller = await callerFor(db, "admin");

    for (const search of [
      sample.email?.toUpperCase() ?? "",
      sample.registrationNumber ?? "",
      sample.name.toLowerCase(),
    ]) {
      const { items } = await caller.companies.list({ search, limit: 100 });
      expect(items.map((company) => company.id)).toContain(sample.id);
    }
  });

  it("an extra field is refused with a message naming it, and nothing is written", async () => {
    const db = getDb();
    const before = await db.company.count();
    const { status, body } = await post("companies.create", {
      name: "Sneaky",
      projectId: crypto.randomUUID(),
      version: 99,
    });

    expect(status).toBe(400);
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.data.zodError?.formErrors.join(" ")).toMatch(/projectId/);
    await expect(db.company.count()).resolves.toBe(before);
  });

  it("oversized and malformed fields are refused field by field", async () => {
    const { status, body } = await post("companies.create", {
      name: "x".repeat(201),
      email: "not an e-mail",
      responsibleId: "1 OR 1=1",
    });

    expect(status).toBe(400);
    const fields = body.error.json.data.zodError?.fieldErrors ?? {};
    expect(Object.keys(fields).sort()).toEqual(["email", "name", "responsibleId"]);
    expect(fields.email?.[0]).toMatch(/e-mail address/);
  });

  it("operator objects and oversized searches never reach the query", async () => {
    const caller = await callerFor(getDb(), "admin");

    await expect(
      caller.companies.list({ search: { contains: "" } as unknown as string }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.companies.list({ search: "a".repeat(201) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.companies.list({ limit: 10_000 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.companies.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.companies.update({
        id: crypto.randomUUID(),
        version: 1,
        fields: { responsibleId: crypto.randomUUID() } as never,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
