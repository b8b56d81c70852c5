import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";

import { appRouter } from "../../root";
import {
  callerFor,
  createPersonaContext,
  findPersona,
  useSeededDatabase,
} from "../../testing/personas";

const getDb = useSeededDatabase();

/** The body the browser receives for a query: exactly what left the server. */
async function rawQuery(persona: string, path: string, input: unknown): Promise<string> {
  const context = await createPersonaContext(getDb(), persona);
  const query = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}?input=${query}`),
    router: appRouter,
    createContext: () => context,
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function fieldIdOf(key: string): Promise<string> {
  const { projectId } = await findPersona(getDb(), "admin");
  const field = await getDb().customField.findFirstOrThrow({ where: { projectId, key } });
  return field.id;
}

/** A company of Horáková's (a Key accounts member) with a key-account strategy set by the admin. */
async function keyAccount(strategy: string) {
  const db = getDb();
  const horakova = await findPersona(db, "horakova");
  const company = await db.company.findFirstOrThrow({
    where: { responsibleId: horakova.id },
    orderBy: { id: "asc" },
  });
  const admin = await callerFor(db, "admin");
  const saved = await admin.companies.update({
    id: company.id,
    version: (await db.company.findUniqueOrThrow({ where: { id: company.id } })).version,
    customValues: { [await fieldIdOf("strategy")]: strategy },
  });
  return saved;
}

describe("custom sections on companies (F2, D8)", () => {
  it("[D8] outside Key accounts the strategy section and its values never leave the server", async () => {
    const db = getDb();
    const strategy = "Grow through the parent holding — confidential";
    const company = await keyAccount(strategy);
    const strategyId = await fieldIdOf("strategy");
    const dvorakova = await findPersona(db, "dvorakova");
    const group = await db.crmGroup.findFirstOrThrow({
      where: { projectId: dvorakova.projectId, name: "Key accounts" },
      include: { members: true },
    });
    expect(group.members.some((member) => member.employeeId === dvorakova.id)).toBe(false);

    const seen = await (await callerFor(db, "dvorakova")).companies.get({ id: company.id });
    expect(seen.customSections.map((section) => section.name)).not.toContain(
      "Key account strategy",
    );
    expect(seen.customSections.map((section) => section.name)).toContain("Main");
    const raw = await rawQuery("dvorakova", "companies.get", { id: company.id });
    expect(raw).toContain(company.name);
    expect(raw).not.toContain("Key account strategy");
    expect(raw).not.toContain(strategyId);
    expect(raw).not.toContain("confidential");
    const list = await rawQuery("dvorakova", "companies.list", { search: company.name });
    expect(list).toContain(company.id);
    expect(list).not.toContain("confidential");
  });

  it("[D8] a write to the hidden section is FORBIDDEN and changes nothing, other values included", async () => {
    const db = getDb();
    const company = await keyAccount("Keep as is");
    const before = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    const audits = await db.auditEntry.count({ where: { recordId: company.id } });
    const caller = await callerFor(db, "dvorakova");

    await expect(
      caller.companies.update({
        id: company.id,
        version: before.version,
        fields: { city: "Zlín" },
        customValues: {
          [await fieldIdOf("employees")]: 99,
          [await fieldIdOf("strategy")]: "Overwritten",
        },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });

    const after = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(after).toEqual(before);
    const values = await db.customFieldValue.findMany({ where: { companyId: company.id } });
    expect(values.find((value) => value.textValue === "Keep as is")).toBeDefined();
    expect(values.find((value) => value.textValue === "Overwritten")).toBeUndefined();
    expect(values.find((value) => value.numberValue?.toString() === "99")).toBeUndefined();
    await expect(db.auditEntry.count({ where: { recordId: company.id } })).resolves.toBe(audits);
  });

  it("[D8] a Key accounts member reads and writes the section; the audit entry holds before and after", async () => {
    const db = getDb();
    const company = await keyAccount("First plan");
    const strategyId = await fieldIdOf("strategy");
    const renewalId = await fieldIdOf("renewal_date");
    const caller = await callerFor(db, "horakova");

    const seen = await caller.companies.get({ id: company.id });
    const section = seen.customSections.find((s) => s.name === "Key account strategy");
    expect(section).toMatchObject({ access: "write" });
    expect(section?.fields.find((field) => field.id === strategyId)?.value).toBe("First plan");

    const saved = await caller.companies.update({
      id: company.id,
      version: seen.version,
      customValues: { [strategyId]: "Second plan", [renewalId]: "2027-03-31" },
    });
    expect(saved.version).toBe(seen.version + 1);
    const fields = saved.customSections.flatMap((s) => s.fields);
    expect(fields.find((field) => field.id === strategyId)?.value).toBe("Second plan");
    expect(fields.find((field) => field.id === renewalId)?.value).toBe("2027-03-31");

    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: company.id, employeeId: (await findPersona(db, "horakova")).id },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.before).toMatchObject({
      customValues: { [strategyId]: "First plan", [renewalId]: null },
    });
    expect(entry.after).toMatchObject({
      customValues: { [strategyId]: "Second plan", [renewalId]: "2027-03-31" },
    });
  });

  it("[F2] values are typed per field; a bad value names its field and changes nothing", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { id: "desc" },
    });
    const caller = await callerFor(db, "ivanova");
    const ids = {
      employees: await fieldIdOf("employees"),
      segment: await fieldIdOf("segment"),
      vatPayer: await fieldIdOf("vat_payer"),
      billing: await fieldIdOf("billing_email"),
    };

    const saved = await caller.companies.update({
      id: company.id,
      version: company.version,
      customValues: {
        [ids.employees]: 12.5,
        [ids.segment]: "Enterprise",
        [ids.vatPayer]: true,
        [ids.billing]: "  billing@example.com ",
      },
    });
    const values = Object.fromEntries(
      saved.customSections.flatMap((s) => s.fields).map((field) => [field.id, field.value]),
    );
    expect(values).toMatchObject({
      [ids.employees]: "12.5",
      [ids.segment]: "Enterprise",
      [ids.vatPayer]: true,
      [ids.billing]: "billing@example.com",
    });

    const refused = caller.companies.update({
      id: company.id,
      version: saved.version,
      fields: { city: "Kladno" },
      customValues: { [ids.employees]: "lots", [ids.segment]: "Galactic", [ids.vatPayer]: "yes" },
    });
    await expect(refused).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const message = ((await refused.catch((error: Error) => error)) as Error).message;
    expect(message).toContain("Employees:");
    expect(message).toContain("Segment:");
    expect(message).toContain("VAT payer:");
    const stored = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect({ version: stored.version, city: stored.city }).toEqual({
      version: saved.version,
      city: company.city,
    });

    // Null clears a value: its row goes.
    await caller.companies.update({
      id: company.id,
      version: saved.version,
      customValues: { [ids.vatPayer]: null },
    });
    await expect(
      db.customFieldValue.count({ where: { companyId: company.id, fieldId: ids.vatPayer } }),
    ).resolves.toBe(0);
  });

  it("a field of another card, an unknown field and a stale version are refused", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { id: "asc" },
    });
    const caller = await callerFor(db, "ivanova");
    for (const fieldId of [await fieldIdOf("linkedin"), crypto.randomUUID()]) {
      await expect(
        caller.companies.update({
          id: company.id,
          version: company.version,
          customValues: { [fieldId]: "https://example.com" },
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const employeesId = await fieldIdOf("employees");
    const saved = await caller.companies.update({
      id: company.id,
      version: company.version,
      customValues: { [employeesId]: 10 },
    });
    await expect(
      caller.companies.update({
        id: company.id,
        version: company.version,
        customValues: { [employeesId]: 20 },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const value = await db.customFieldValue.findFirstOrThrow({
      where: { companyId: company.id, fieldId: employeesId },
    });
    expect(value.numberValue?.toString()).toBe("10");
    expect(saved.version).toBe(company.version + 1);
    await expect(
      caller.companies.update({ id: company.id, version: saved.version }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("hostile custom values: too many, odd keys, objects and novels are input errors", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { name: "asc" },
    });
    const caller = await callerFor(db, "ivanova");
    const iban = await fieldIdOf("iban");
    const attempts: unknown[] = [
      Object.fromEntries(Array.from({ length: 201 }, () => [crypto.randomUUID(), "x"])),
      { __proto__: "x", constructor: "y" },
      { "' OR 1=1 --": "x" },
      { [iban]: { $ne: null } },
      { [iban]: ["CZ65"] },
      { [iban]: "x".repeat(100_000) },
    ];
    for (const customValues of attempts) {
      await expect(
        caller.companies.update({
          id: company.id,
          version: company.version,
          customValues: customValues as Record<string, unknown>,
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(
      db.company.findUniqueOrThrow({ where: { id: company.id } }),
    ).resolves.toMatchObject({ version: company.version });
    await expect(
      db.customFieldValue.count({ where: { companyId: company.id, fieldId: iban } }),
    ).resolves.toBe(0);
  });

  it("sections read as read-only on a record the caller may view but not edit", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const ivanova = await findPersona(db, "ivanova");
    const theirs = await db.company.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const own = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");
    const accessOn = async (id: string) =>
      new Set((await caller.companies.get({ id })).customSections.map((s) => s.access));

    expect(await accessOn(own.id)).toEqual(new Set(["write"]));
    expect(await accessOn(theirs.id)).toEqual(new Set(["read"]));
    const auditor = await (await callerFor(db, "auditor")).companies.get({ id: own.id });
    expect(new Set(auditor.customSections.map((s) => s.access))).toEqual(new Set(["read"]));
  });

  it("[F2] a section with no fields is not shown; a type's own section shows on that type only", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const { projectId } = await findPersona(db, "admin");
    const empty = await admin.fields.createSection({ kind: "company", name: "Empty for now" });
    const partnerType = await db.recordType.findFirstOrThrow({
      where: { projectId, kind: "company", name: "Partner" },
    });
    const partnerOnly = await admin.fields.createSection({
      kind: "company",
      typeId: partnerType.id,
      name: "Partner programme",
    });
    await admin.fields.createField({ sectionId: partnerOnly.id, label: "Tier", type: "text" });
    const partner = await db.company.findFirstOrThrow({
      where: { projectId, typeId: partnerType.id },
    });
    const customer = await db.company.findFirstOrThrow({
      where: { projectId, typeId: { not: partnerType.id } },
    });

    const names = async (id: string) =>
      (await admin.companies.get({ id })).customSections.map((section) => section.name);
    expect(await names(partner.id)).not.toContain(empty.name);
    expect(await names(partner.id)).toContain("Partner programme");
    expect(await names(customer.id)).not.toContain("Partner programme");
  });
});
