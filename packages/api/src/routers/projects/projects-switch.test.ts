import { describe, expect, it } from "vitest";

import { resolveSessionSubject } from "../../domain/session/resolve-session-subject";
import { createTestEmployee, createTestProject } from "../../testing/factories";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { B2C, callerForClaims, claimsOf } from "./projects-test-kit";

const getDb = useSeededDatabase();

/** A B2C company Petrov reaches there: his own or one of his team's. */
async function petrovsB2cCompany() {
  const db = getDb();
  const petrovB2c = await findPersona(db, "petrov", B2C);
  return db.company.findFirstOrThrow({
    where: {
      projectId: petrovB2c.projectId,
      responsible: { managerPath: { contains: petrovB2c.id } },
    },
    select: { id: true, projectId: true },
  });
}

describe("projects: mine and switch (A1)", () => {
  it("[A1] mine lists both of Petrov's projects with the session's one marked current", async () => {
    const db = getDb();
    const [b2b, b2c] = [await findPersona(db, "petrov"), await findPersona(db, "petrov", B2C)];

    const mine = await (await callerFor(db, "petrov")).projects.mine();

    expect(mine).toEqual([
      {
        employeeId: b2b.id,
        project: { id: b2b.projectId, name: "Charter Demo B2B" },
        position: "Head of sales, Prague",
        userType: "administration",
        current: true,
      },
      {
        employeeId: b2c.id,
        project: { id: b2c.projectId, name: "Charter Demo B2C" },
        position: "Head of retail sales",
        userType: "administration",
        current: false,
      },
    ]);
  });

  it("[A1] Petrov sees B2C data only after switching to B2C", async () => {
    const db = getDb();
    const b2c = await findPersona(db, "petrov", B2C);
    const b2cCompany = await petrovsB2cCompany();
    const b2bCompany = await db.company.findFirstOrThrow({
      where: { responsibleId: (await findPersona(db, "petrov")).id },
      select: { id: true },
    });
    const before = await callerForClaims(db, await claimsOf(db, "petrov"));
    await expect(before.companies.get({ id: b2cCompany.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const switched = await before.projects.switch({ employeeId: b2c.id });
    expect(switched).toEqual({
      employeeId: b2c.id,
      project: { id: b2c.projectId, name: "Charter Demo B2C" },
    });

    // The next request carries the choice in its claims, as the web app's cookie does.
    const after = await callerForClaims(db, await claimsOf(db, "petrov", B2C));
    await expect(after.session.me()).resolves.toMatchObject({
      employee: { id: b2c.id },
      project: { id: b2c.projectId, name: "Charter Demo B2C" },
    });
    await expect(after.companies.get({ id: b2cCompany.id })).resolves.toMatchObject({
      id: b2cCompany.id,
    });
    await expect(after.companies.get({ id: b2bCompany.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { items } = await after.companies.list({ limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    const projects = await db.company.findMany({
      where: { id: { in: items.map((item) => item.id) } },
      distinct: ["projectId"],
      select: { projectId: true },
    });
    expect(projects).toEqual([{ projectId: b2c.projectId }]);
    expect((await after.projects.mine()).find((entry) => entry.current)?.employeeId).toBe(b2c.id);
  });

  it("[E3] a switch is written in the audit log of the project entered", async () => {
    const db = getDb();
    const b2c = await findPersona(db, "petrov", B2C);
    const since = new Date();

    await (await callerFor(db, "petrov")).projects.switch({ employeeId: b2c.id });

    const entries = await db.auditEntry.findMany({
      where: { action: "switch_project", createdAt: { gte: since } },
    });
    expect(entries).toMatchObject([
      {
        projectId: b2c.projectId,
        employeeId: b2c.id,
        actorEmail: "petrov@demo.charter.test",
        recordId: b2c.projectId,
        ip: "127.0.0.1",
      },
    ]);
  });

  it("[A1] an employee id of another user is refused like a missing one, and a session carrying it ends", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "petrov");
    const since = new Date();

    await expect(caller.projects.switch({ employeeId: ivanova.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.projects.switch({ employeeId: crypto.randomUUID() })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(caller.projects.switch({ employeeId: "B2C" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      db.auditEntry.count({ where: { action: "switch_project", createdAt: { gte: since } } }),
    ).resolves.toBe(0);

    const forged = { ...(await claimsOf(db, "petrov")), employeeId: ivanova.id };
    await expect(resolveSessionSubject(db, forged)).resolves.toBeNull();
    await expect((await callerForClaims(db, forged)).companies.count({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("[E2] a blocked or expired membership is neither listed nor switched to", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const blocked = await createTestEmployee(db, {
      projectId: (await createTestProject(db, "Blocked Division")).id,
      userId: petrov.user.id,
      status: "blocked",
    });
    const expired = await createTestEmployee(db, {
      projectId: (await createTestProject(db, "Expired Division")).id,
      userId: petrov.user.id,
      accessExpiresAt: new Date(Date.now() - 60_000),
    });
    const caller = await callerFor(db, "petrov");

    const listed = (await caller.projects.mine()).map((entry) => entry.employeeId);
    expect(listed).not.toContain(blocked.id);
    expect(listed).not.toContain(expired.id);
    for (const employee of [blocked, expired]) {
      await expect(caller.projects.switch({ employeeId: employee.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("[E1] switching into a project where Petrov is IP-restricted needs one of its networks", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const project = await createTestProject(db, "Branch Office");
    const restricted = await createTestEmployee(db, {
      projectId: project.id,
      userId: petrov.user.id,
      status: "ip_restricted",
    });
    await db.allowedIpRange.create({
      data: { projectId: project.id, label: "Office", fromIp: "10.9.0.0", toIp: "10.9.0.255" },
    });

    await expect(
      (await callerFor(db, "petrov")).projects.switch({ employeeId: restricted.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "ip-restricted" } });
    await expect(
      (await callerFor(db, "petrov", { peerAddress: "10.9.0.7" })).projects.switch({
        employeeId: restricted.id,
      }),
    ).resolves.toMatchObject({ employeeId: restricted.id });
  });
});
