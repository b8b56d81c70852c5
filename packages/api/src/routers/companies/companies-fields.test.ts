import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("companies: built-in fields limited per role", () => {
  it("a hidden field never leaves the server and a read-only one cannot be written", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const admin = await findPersona(db, "admin");
    const rep = await db.role.findFirstOrThrow({
      where: { projectId: ivanova.projectId, templateKey: "sales_representative" },
    });
    await db.fieldRule.createMany({
      data: [
        { roleId: rep.id, resource: "company", field: "email", access: "hidden" },
        { roleId: rep.id, resource: "company", field: "phone", access: "read" },
      ],
    });
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id, email: { not: null } },
    });
    const caller = await callerFor(db, "ivanova");

    const seen = await caller.companies.get({ id: company.id });
    expect(seen).not.toHaveProperty("email");
    expect(seen.phone).toBe(company.phone);
    const { items } = await caller.companies.list({ search: company.name, limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => "email" in item)).toBe(false);
    // Searching by the hidden e-mail must not reveal that it matches.
    await expect(caller.companies.count({ search: company.email ?? "" })).resolves.toEqual({
      count: 0,
    });

    await expect(
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { phone: "+420 000 000 000" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
    await expect(
      caller.companies.create({ name: "With e-mail", email: "x@example.com" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { city: "Kolín" },
      }),
    ).resolves.toMatchObject({ city: "Kolín" });
    await expect(
      db.company.findUniqueOrThrow({ where: { id: company.id } }),
    ).resolves.toMatchObject({ phone: company.phone });

    expect(admin.userType).toBe("admin");
    await expect(
      (await callerFor(db, "admin")).companies.get({ id: company.id }),
    ).resolves.toMatchObject({ email: company.email });
  });
});
