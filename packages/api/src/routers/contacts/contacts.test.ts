import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

async function fieldIdOf(key: string): Promise<string> {
  const { projectId } = await findPersona(getDb(), "admin");
  return (await getDb().customField.findFirstOrThrow({ where: { projectId, key } })).id;
}

describe("contacts", () => {
  it("[D7] a contact outside reach is a missing id: get, list, count and search", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const contact = await db.contact.create({
      data: {
        projectId: horakova.projectId,
        responsibleId: horakova.id,
        firstName: "Zdeňka",
        lastName: "Unfindable",
      },
    });
    const petrov = await callerFor(db, "petrov");

    const missing = await petrov.contacts.get({ id: crypto.randomUUID() }).catch((e: Error) => e);
    const hidden = await petrov.contacts.get({ id: contact.id }).catch((e: Error) => e);
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: (missing as Error).message });
    await expect(petrov.contacts.count({ search: "Unfindable" })).resolves.toEqual({ count: 0 });
    await expect(petrov.contacts.list({ search: "Unfindable" })).resolves.toMatchObject({
      items: [],
    });
    const horakovaCaller = await callerFor(db, "horakova");
    await expect(horakovaCaller.contacts.count({ search: "unfindable" })).resolves.toEqual({
      count: 1,
    });
    await expect(horakovaCaller.contacts.get({ id: contact.id })).resolves.toMatchObject({
      lastName: "Unfindable",
    });
  });

  it("lists page by page in a stable order, matching the count, without repeats", async () => {
    const db = getDb();
    const caller = await callerFor(db, "petrov");
    const { count } = await caller.contacts.count({});
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.contacts.list({ limit: 7, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.length).toBe(count);
    expect(new Set(seen).size).toBe(count);
    expect(count).toBeGreaterThan(7);
    await expect(caller.contacts.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("[B3] create stamps the creator's direction; a company link must be one the creator can see", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const employee = await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } });
    const caller = await callerFor(db, "ivanova");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });

    const contact = await caller.contacts.create({
      firstName: "Petra",
      lastName: "Nová",
      email: "petra@nova.example",
      companyId: company.id,
    });
    expect(contact).toMatchObject({
      directionId: employee.directionId,
      responsible: { id: ivanova.id },
      company: { id: company.id, name: company.name },
      version: 1,
    });
    await expect(
      db.auditEntry.findFirstOrThrow({ where: { recordId: contact.id, action: "create" } }),
    ).resolves.toMatchObject({ resource: "contact", employeeId: ivanova.id });

    const { items } = await caller.contacts.list({ companyId: company.id });
    expect(items.map((item) => item.id)).toContain(contact.id);
    expect(items.every((item) => item.company?.id === company.id)).toBe(true);
    const { count } = await caller.contacts.count({ companyId: company.id });
    await expect(db.contact.count({ where: { companyId: company.id } })).resolves.toBe(count);
    await expect(
      caller.contacts.create({ firstName: "A", lastName: "B", companyId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.contacts.create({
        firstName: "A",
        lastName: "B",
        projectId: crypto.randomUUID(),
      } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("update with custom values, stale version refused, assign needs its right", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const contact = await db.contact.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");
    const newsletter = await fieldIdOf("newsletter");
    const channel = await fieldIdOf("channel");

    const saved = await caller.contacts.update({
      id: contact.id,
      version: contact.version,
      fields: { position: "CTO" },
      customValues: { [newsletter]: true, [channel]: "Phone" },
    });
    const values = Object.fromEntries(
      saved.customSections.flatMap((s) => s.fields).map((field) => [field.key, field.value]),
    );
    expect(values).toMatchObject({ newsletter: true, channel: "Phone" });
    expect(saved.customSections.map((section) => section.name)).toEqual([
      "Main",
      "Personal",
      "Preferences",
    ]);

    await expect(
      caller.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { position: "Stale" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.contacts.update({
        id: contact.id,
        version: saved.version,
        customValues: { [channel]: "Pigeon" },
      }),
    ).rejects.toThrow(/Preferred channel:/);
    await expect(
      db.contact.findUniqueOrThrow({ where: { id: contact.id } }),
    ).resolves.toMatchObject({ position: "CTO", version: saved.version });

    await expect(
      caller.contacts.assign({ id: contact.id, version: saved.version, responsibleId: cerny.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(db, "petrov")).contacts.assign({
        id: contact.id,
        version: saved.version,
        responsibleId: cerny.id,
      }),
    ).resolves.toMatchObject({ responsible: { id: cerny.id }, version: saved.version + 1 });
  });
});
