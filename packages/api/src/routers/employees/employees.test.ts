import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { toRuleViolation } from "../../domain/employees/database-rules";
import { createRep, PASSWORD } from "./employees-test-kit";

const getDb = useSeededDatabase();

describe("employees: create and read (C1, C2)", () => {
  it("creates an employee with an argon2id account, audited without the password hash", async () => {
    const admin = await callerFor(getDb(), "admin");
    const petrov = await findPersona(getDb(), "petrov");
    const created = await admin.employees.create({
      name: "Lenka Nová",
      email: "Lenka.Nova@Example.test",
      password: PASSWORD,
      phone: "+420 777 000 111",
      position: "Sales representative",
      userType: "employee",
      managerId: petrov.id,
      reminderIntervalMinutes: 20,
      accessExpiresAt: new Date("2030-01-01T00:00:00Z"),
    });
    expect(created).toMatchObject({
      email: "lenka.nova@example.test",
      userType: "employee",
      managerId: petrov.id,
      status: "active",
      shownInList: true,
      reminderIntervalMinutes: 20,
      version: 1,
    });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: created.email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const entry = await getDb().auditEntry.findFirstOrThrow({ where: { recordId: created.id } });
    expect(entry).toMatchObject({ action: "create", resource: "settings.employees" });
    expect(JSON.stringify(entry.after)).not.toContain("argon2");
    expect(await admin.employees.get({ id: created.id })).toEqual(created);
  });

  it("links an existing account by e-mail and refuses a second membership of the project", async () => {
    const admin = await callerFor(getDb(), "admin");
    const petrov = await findPersona(getDb(), "petrov");
    const draft = { name: "Ivan again", userType: "employee" as const, managerId: petrov.id };
    await expect(
      admin.employees.create({ ...draft, email: "petrov@demo.charter.test" }),
    ).rejects.toThrow(/^email: petrov@demo\.charter\.test already works in this project\.$/);
    await expect(
      admin.employees.create({ ...draft, email: `new-${crypto.randomUUID()}@example.test` }),
    ).rejects.toThrow(/password:/);
  });

  it("requires an Employee to report to exactly one Administration user, with a clear message", async () => {
    const admin = await callerFor(getDb(), "admin");
    const ivanova = await findPersona(getDb(), "ivanova");
    const before = await getDb().employee.count();
    const draft = {
      name: "Orphan",
      email: `o-${crypto.randomUUID()}@example.test`,
      password: PASSWORD,
    };
    await expect(
      admin.employees.create({ ...draft, userType: "employee", managerId: ivanova.id }),
    ).rejects.toThrow(
      "managerId: The responsible of an Employee must be an Administration user; Olga Ivanova is an Employee.",
    );
    await expect(
      admin.employees.create({ ...draft, userType: "employee", managerId: null }),
    ).rejects.toThrow(
      /managerId: .*needs exactly one responsible, who must be an Administration user/,
    );
    const { employee } = await createRep(getDb);
    await expect(
      admin.employees.update({
        id: employee.id,
        version: employee.version,
        fields: { managerId: ivanova.id },
      }),
    ).rejects.toThrow(/^managerId: The responsible of an Employee must be an Administration user/);
    expect(await getDb().employee.count()).toBe(before + 1);
  });

  it("never changes the user type: not in the input, and the database refuses it too", async () => {
    const admin = await callerFor(getDb(), "admin");
    const { employee } = await createRep(getDb);
    await expect(
      admin.employees.update({
        id: employee.id,
        version: employee.version,
        // @ts-expect-error the input has no user type on purpose
        fields: { userType: "administration" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const direct: unknown = await getDb()
      .employee.update({ where: { id: employee.id }, data: { userType: "administration" } })
      .catch((error: unknown) => error);
    // Should a write slip past the checks, the trigger's message reaches the user as input error.
    expect(toRuleViolation(direct)).toMatchObject({
      code: "BAD_REQUEST",
      message: "An employee's user type is chosen at creation and can never change.",
    });
    expect(await admin.employees.get({ id: employee.id })).toMatchObject({ userType: "employee" });
  });
});

describe("employees: list, optimistic locking", () => {
  it("leaves employees kept out of the list to those who may edit employees", async () => {
    const { employee } = await createRep(getDb, { shownInList: false });
    const admin = await callerFor(getDb(), "admin");
    const auditor = await callerFor(getDb(), "auditor");
    const search = employee.name;
    expect((await admin.employees.list({ search })).items.map((e) => e.id)).toEqual([employee.id]);
    expect((await auditor.employees.list({ search })).items).toEqual([]);
    await expect(auditor.employees.get({ id: employee.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(auditor.employees.list({ search: "Olga" })).resolves.toMatchObject({
      items: [expect.objectContaining({ name: "Olga Ivanova" })],
    });
  });

  it("searches name and e-mail literally and pages in a stable order", async () => {
    const admin = await callerFor(getDb(), "admin");
    const byEmail = await admin.employees.list({ search: "PETROV@demo" });
    expect(byEmail.items.map((e) => e.email)).toEqual(["petrov@demo.charter.test"]);
    expect((await admin.employees.list({ search: "%" })).items).toEqual([]);
    const all = await admin.employees.list({ limit: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.employees.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.id));
    await expect(admin.employees.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("answers another project's employee as missing and refuses extra input keys", async () => {
    const admin = await callerFor(getDb(), "admin");
    const other = await getDb().employee.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expect(admin.employees.get({ id: other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      admin.employees.setStatus({ id: other.id, version: other.version, status: "blocked" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const petrov = await findPersona(getDb(), "petrov");
    await expect(
      admin.employees.create({
        name: "Mass assignment",
        email: `m-${crypto.randomUUID()}@example.test`,
        password: PASSWORD,
        userType: "employee",
        managerId: petrov.id,
        // @ts-expect-error not an input field
        projectId: other.projectId,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await getDb().employee.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const { employee } = await createRep(getDb);
    await admin.employees.update({ id: employee.id, version: 1, fields: { position: "First" } });
    const audits = await getDb().auditEntry.count({ where: { recordId: employee.id } });
    for (const stale of [
      () => admin.employees.update({ id: employee.id, version: 1, fields: { position: "Second" } }),
      () => admin.employees.setStatus({ id: employee.id, version: 1, status: "blocked" }),
      () => admin.employees.setAccessExpiry({ id: employee.id, version: 1, accessExpiresAt: null }),
    ]) {
      await expect(stale()).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect(await admin.employees.get({ id: employee.id })).toMatchObject({
      position: "First",
      status: "active",
      version: 2,
    });
    expect(await getDb().auditEntry.count({ where: { recordId: employee.id } })).toBe(audits);
  });
});
