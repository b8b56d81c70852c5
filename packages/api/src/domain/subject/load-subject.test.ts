import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { loadSubject } from "./load-subject";

const getDb = useSeededDatabase();
const now = new Date("2026-11-22T12:00:00Z");

describe("loadSubject", () => {
  it("reads the employee, department path, active roles, groups, overrides and permissionVersion", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const project = await db.project.findUniqueOrThrow({ where: { id: ivanova.projectId } });

    const loaded = await loadSubject(db, { employeeId: ivanova.id, clientIp: "192.0.2.7", now });

    expect(loaded?.subject).toMatchObject({
      employeeId: ivanova.id,
      userType: "employee",
      status: "active",
      managerPath: ivanova.managerPath,
      departmentPath: expect.stringMatching(/^\/.+\/$/) as unknown,
      roles: [expect.objectContaining({ key: "sales_representative", readOnly: false }) as unknown],
      groups: [expect.objectContaining({ name: "Key accounts" }) as unknown],
      overrides: [
        expect.objectContaining({
          resource: "contact",
          action: "delete",
          effect: "allow",
        }) as unknown,
      ],
      context: { now, ipAllowed: true },
      permissionVersion: project.permissionVersion,
    });
    await expect(
      loadSubject(db, { employeeId: crypto.randomUUID(), clientIp: null, now }),
    ).resolves.toBeNull();
  });

  it("leaves out expired role assignments: the read-only admin falls back to their own records", async () => {
    const db = getDb();
    const auditor = await findPersona(db, "auditor");
    const caller = await callerFor(db, "auditor");
    expect((await caller.companies.count({})).count).toBeGreaterThan(0);

    await db.roleAssignment.updateMany({
      where: { employeeId: auditor.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const loaded = await loadSubject(db, {
      employeeId: auditor.id,
      clientIp: null,
      now: new Date(),
    });
    expect(loaded?.subject.roles).toEqual([]);
    await expect((await callerFor(db, "auditor")).companies.count({})).resolves.toEqual({
      count: 0,
    });
  });

  it("fails closed on unreadable JSON: a broken deny override denies everything", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    await db.permissionOverride.create({
      data: {
        employeeId: ivanova.id,
        resource: "company",
        action: "view",
        effect: "deny",
        condition: { op: "eq", path: "no.such.path", value: 1 },
      },
    });

    await expect((await callerFor(db, "ivanova")).companies.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "deny-override" },
    });
  });

  it("fails closed on unreadable JSON: a broken grant grants nothing and the default does not come back", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const telephonist = await db.role.findFirstOrThrow({
      where: { projectId: cerny.projectId, templateKey: "telephonist" },
    });
    await db.grant.updateMany({
      where: { roleId: telephonist.id, resource: "company", action: "view" },
      data: { condition: { op: "like", path: "name", value: "%" } },
    });

    // The Employee default (own) would let Černý list his own companies; the role still
    // speaks for company view, so he reaches none.
    await expect((await callerFor(db, "cerny")).companies.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
