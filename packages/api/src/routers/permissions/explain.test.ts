import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("permissions.explain (D10)", () => {
  it("says which grant allowed: the partner account manager edits a deal of their partner", async () => {
    const db = getDb();
    const prochazka = await findPersona(db, "prochazka");
    const deal = await db.deal.findFirstOrThrow({
      where: { projectId: prochazka.projectId, partner: { responsibleId: prochazka.id } },
    });

    const answer = await (
      await callerFor(db, "admin")
    ).permissions.explain({
      employeeId: prochazka.id,
      resource: "deal",
      action: "edit",
      recordId: deal.id,
    });

    expect(answer).toMatchObject({ allowed: true, step: 6, rule: "grant" });
    expect(answer.explanation).toMatch(/^Allowed: role crm_pam/);
  });

  it("says which rule denied: read-only admin, and a grant that does not reach the record", async () => {
    const db = getDb();
    const auditor = await findPersona(db, "auditor");
    const petrov = await findPersona(db, "petrov");
    const dvorakova = await findPersona(db, "dvorakova");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: dvorakova.id } });
    const caller = await callerFor(db, "admin");

    const readOnly = await caller.permissions.explain({
      employeeId: auditor.id,
      resource: "company",
      action: "edit",
      recordId: company.id,
    });
    const outOfReach = await caller.permissions.explain({
      employeeId: petrov.id,
      resource: "company",
      action: "edit",
      recordId: company.id,
    });

    expect(readOnly).toMatchObject({ allowed: false, step: 4, rule: "read-only" });
    expect(readOnly.explanation).toMatch(/crm_read_admin/);
    expect(outOfReach).toMatchObject({ allowed: false, step: 7, rule: "no-grant" });
    expect(outOfReach.explanation).toMatch(/^Denied:/);
  });

  it("explains resources without records, and wants a record for those with them", async () => {
    const db = getDb();
    const auditor = await findPersona(db, "auditor");
    const caller = await callerFor(db, "admin");

    await expect(
      caller.permissions.explain({
        employeeId: auditor.id,
        resource: "settings.security",
        action: "edit",
      }),
    ).resolves.toMatchObject({ allowed: false, rule: "read-only" });
    await expect(
      caller.permissions.explain({ employeeId: auditor.id, resource: "company", action: "view" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("recordId") as unknown,
    });
  });

  it("only callers who may view roles settings may ask", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");

    await expect(
      (await callerFor(db, "ivanova")).permissions.explain({
        employeeId: petrov.id,
        resource: "report",
        action: "view",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an employee of another project, or a record outside the caller's reach, does not exist", async () => {
    const db = getDb();
    const outsider = await findPersona(db, "smirnova", "charter-b2c");
    const ivanova = await findPersona(db, "ivanova");
    const dvorakova = await findPersona(db, "dvorakova");
    const hidden = await db.company.findFirstOrThrow({ where: { responsibleId: dvorakova.id } });

    await expect(
      (await callerFor(db, "admin")).permissions.explain({
        employeeId: outsider.id,
        resource: "report",
        action: "view",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Petrov (Administration) may view roles settings, but not Dvořáková's companies.
    await expect(
      (await callerFor(db, "petrov")).permissions.explain({
        employeeId: ivanova.id,
        resource: "company",
        action: "view",
        recordId: hidden.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
