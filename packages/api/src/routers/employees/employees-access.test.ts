import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { allowEditingEmployees, createRep, PASSWORD } from "./employees-test-kit";

const getDb = useSeededDatabase();

describe("employees: protected operations (PERMISSIONS.md step 5)", () => {
  it("lets the Director edit an Administration user but never the Admin, nor create one", async () => {
    const director = await callerFor(getDb(), "director");
    const petrov = await director.employees.get({ id: (await findPersona(getDb(), "petrov")).id });
    const adminRow = await director.employees.get({ id: (await findPersona(getDb(), "admin")).id });
    const edited = await director.employees.update({
      id: petrov.id,
      version: petrov.version,
      fields: { phone: "+420 600 100 200" },
    });
    expect(edited).toMatchObject({ phone: "+420 600 100 200", version: petrov.version + 1 });
    await expect(
      director.employees.update({
        id: adminRow.id,
        version: adminRow.version,
        fields: { position: "Former admin" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      director.employees.setStatus({
        id: adminRow.id,
        version: adminRow.version,
        status: "blocked",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      director.employees.create({
        name: "Second admin",
        email: `a-${crypto.randomUUID()}@example.test`,
        password: PASSWORD,
        userType: "admin",
        managerId: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stored = await getDb().employee.findUniqueOrThrow({ where: { id: adminRow.id } });
    expect(stored).toMatchObject({ position: adminRow.position, status: "active" });
  });

  it("refuses with the engine's rule, which the error carries", async () => {
    const director = await callerFor(getDb(), "director");
    const adminRow = await getDb().employee.findUniqueOrThrow({
      where: { id: (await findPersona(getDb(), "admin")).id },
    });
    const error: unknown = await director.employees
      .update({ id: adminRow.id, version: adminRow.version, fields: { phone: "1" } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ details: { rule: "protected" } });
  });

  it("keeps everyone but an Admin from changing their own access, even with the right to edit employees", async () => {
    const { employee, email } = await createRep(getDb);
    await allowEditingEmployees(getDb, employee.id);
    const self = await callerFor(getDb(), email);
    const future = new Date(Date.now() + 365 * 86_400_000);
    for (const attempt of [
      () =>
        self.employees.setAccessExpiry({ id: employee.id, version: 1, accessExpiresAt: future }),
      () => self.employees.setAccessExpiry({ id: employee.id, version: 1, accessExpiresAt: null }),
      () => self.employees.setStatus({ id: employee.id, version: 1, status: "active" }),
      () => self.employees.update({ id: employee.id, version: 1, fields: { managerId: null } }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { rule: "change-own-access" },
      });
    }
    // Their own phone is not access.
    await expect(
      self.employees.update({ id: employee.id, version: 1, fields: { phone: "+420 1" } }),
    ).resolves.toMatchObject({ phone: "+420 1", version: 2 });

    const director = await callerFor(getDb(), "director");
    const own = await findPersona(getDb(), "director");
    const row = await director.employees.get({ id: own.id });
    await expect(
      director.employees.setAccessExpiry({
        id: own.id,
        version: row.version,
        accessExpiresAt: null,
      }),
    ).rejects.toMatchObject({ details: { rule: "change-own-access" } });
  });

  it("keeps the seeded external representative and Ivanova from extending or unblocking themselves", async () => {
    for (const name of ["external", "ivanova"]) {
      const persona = await findPersona(getDb(), name);
      const before = await getDb().employee.findUniqueOrThrow({ where: { id: persona.id } });
      const self = await callerFor(getDb(), name);
      await expect(
        self.employees.setAccessExpiry({
          id: persona.id,
          version: before.version,
          accessExpiresAt: null,
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        self.employees.setStatus({ id: persona.id, version: before.version, status: "active" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await getDb().employee.findUniqueOrThrow({ where: { id: persona.id } })).toEqual(
        before,
      );
    }
  });

  it("leaves a blocked employee no way to unblock themselves: their next call is refused", async () => {
    const { employee, email } = await createRep(getDb);
    await allowEditingEmployees(getDb, employee.id);
    const self = await callerFor(getDb(), email);
    const admin = await callerFor(getDb(), "admin");
    await admin.employees.setStatus({ id: employee.id, version: 1, status: "blocked" });
    await expect(
      self.employees.setStatus({ id: employee.id, version: 2, status: "active" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await admin.employees.get({ id: employee.id })).toMatchObject({ status: "blocked" });
  });
});

describe("employees: status and expiry count at the next request (E2)", () => {
  it("ends a blocked employee's live session at their next call and everywhere", async () => {
    const { employee, email } = await createRep(getDb);
    const live = await callerFor(getDb(), email);
    await expect(live.session.me()).resolves.toBeTruthy();
    const userBefore = await getDb().user.findUniqueOrThrow({ where: { email } });

    const admin = await callerFor(getDb(), "admin");
    const blocked = await admin.employees.setStatus({
      id: employee.id,
      version: employee.version,
      status: "blocked",
    });
    expect(blocked).toMatchObject({ status: "blocked", version: 2 });
    await expect(live.employees.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const userAfter = await getDb().user.findUniqueOrThrow({ where: { email } });
    expect(userAfter.sessionVersion).toBe(userBefore.sessionVersion + 1);

    const entry = await getDb().auditEntry.findFirstOrThrow({
      where: { recordId: employee.id, action: "update" },
    });
    expect(entry.before).toMatchObject({ status: "active", email });
    expect(entry.after).toMatchObject({ status: "blocked", email });
  });

  it("stops an expired representative at their next call", async () => {
    const { employee, email } = await createRep(getDb);
    await allowEditingEmployees(getDb, employee.id);
    const live = await callerFor(getDb(), email);
    await expect(live.employees.get({ id: employee.id })).resolves.toBeTruthy();
    const admin = await callerFor(getDb(), "admin");
    await admin.employees.setAccessExpiry({
      id: employee.id,
      version: employee.version,
      accessExpiresAt: new Date(Date.now() - 1000),
    });
    await expect(live.employees.get({ id: employee.id })).rejects.toThrow(
      "Your access has expired. Ask your administrator to extend it.",
    );
  });
});
