import { describe, expect, it } from "vitest";

import { createTestEmployee, createTestMember, createTestProject } from "../../testing/factories";
import { useTestDatabase } from "@charter/db/testing/vitest";
import { resolveSessionSubject } from "./resolve-session-subject";

const getDb = useTestDatabase();

describe("resolveSessionSubject", () => {
  it("resolves a live session to the user and their employee", async () => {
    const db = getDb();
    const { user, employee, project } = await createTestMember(db, { position: "Director" });

    const subject = await resolveSessionSubject(db, {
      userId: user.id,
      sessionVersion: user.sessionVersion,
    });

    expect(subject?.user.id).toBe(user.id);
    expect(subject?.employee).toMatchObject({
      id: employee.id,
      position: "Director",
      project: { id: project.id, name: project.name },
    });
  });

  it("signs out every session once sessionVersion is bumped", async () => {
    const db = getDb();
    const { user } = await createTestMember(db);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });

    await expect(
      resolveSessionSubject(db, { userId: user.id, sessionVersion: user.sessionVersion }),
    ).resolves.toBeNull();
  });

  it("signs out a session whose user no longer exists or whose id is malformed", async () => {
    const db = getDb();

    await expect(
      resolveSessionSubject(db, { userId: crypto.randomUUID(), sessionVersion: 1 }),
    ).resolves.toBeNull();
    await expect(
      resolveSessionSubject(db, { userId: "not-a-uuid", sessionVersion: 1 }),
    ).resolves.toBeNull();
  });

  it("[E2] signs out a blocked employee at the next request", async () => {
    const db = getDb();
    const { user, employee } = await createTestMember(db);
    await db.employee.update({ where: { id: employee.id }, data: { status: "blocked" } });

    await expect(
      resolveSessionSubject(db, { userId: user.id, sessionVersion: user.sessionVersion }),
    ).resolves.toBeNull();
  });

  it("[E2] signs out temporary access once it has expired", async () => {
    const db = getDb();
    const expiresAt = new Date("2030-01-01T00:00:00Z");
    const { user } = await createTestMember(db, { accessExpiresAt: expiresAt });
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };

    await expect(
      resolveSessionSubject(db, claims, new Date("2029-12-31T23:59:00Z")),
    ).resolves.not.toBeNull();
    await expect(
      resolveSessionSubject(db, claims, new Date("2030-01-01T00:00:01Z")),
    ).resolves.toBeNull();
  });

  it("[A1] acts as a usable employee when another membership is blocked", async () => {
    const db = getDb();
    const { user, employee: blocked } = await createTestMember(db);
    await db.employee.update({ where: { id: blocked.id }, data: { status: "blocked" } });
    const otherProject = await createTestProject(db, "Acme B2C");
    const usable = await createTestEmployee(db, { projectId: otherProject.id, userId: user.id });

    const subject = await resolveSessionSubject(db, {
      userId: user.id,
      sessionVersion: user.sessionVersion,
    });

    expect(subject?.employee.id).toBe(usable.id);
    expect(subject?.employee.project.name).toBe("Acme B2C");
  });

  it("[A1] acts as the Employee the session chose, in that project", async () => {
    const db = getDb();
    const { user, employee: first } = await createTestMember(db);
    const otherProject = await createTestProject(db, "Acme B2C");
    const chosen = await createTestEmployee(db, { projectId: otherProject.id, userId: user.id });
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };

    const unchosen = await resolveSessionSubject(db, claims);
    const switched = await resolveSessionSubject(db, { ...claims, employeeId: chosen.id });

    expect(unchosen?.employee.id).toBe(first.id);
    expect(switched?.employee).toMatchObject({ id: chosen.id, projectId: otherProject.id });
  });

  it("[A1] signs out a session whose chosen Employee is another user's or malformed", async () => {
    const db = getDb();
    const { user } = await createTestMember(db);
    const { employee: someoneElses } = await createTestMember(db);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };

    await expect(
      resolveSessionSubject(db, { ...claims, employeeId: someoneElses.id }),
    ).resolves.toBeNull();
    await expect(
      resolveSessionSubject(db, { ...claims, employeeId: "not-a-uuid" }),
    ).resolves.toBeNull();
  });

  it("[E2] a chosen Employee that is blocked ends the session instead of acting elsewhere", async () => {
    const db = getDb();
    const { user } = await createTestMember(db);
    const otherProject = await createTestProject(db, "Acme B2C");
    const chosen = await createTestEmployee(db, { projectId: otherProject.id, userId: user.id });
    await db.employee.update({ where: { id: chosen.id }, data: { status: "blocked" } });

    await expect(
      resolveSessionSubject(db, {
        userId: user.id,
        sessionVersion: user.sessionVersion,
        employeeId: chosen.id,
      }),
    ).resolves.toBeNull();
  });
});
