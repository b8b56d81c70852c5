import { describe, expect, it } from "vitest";

import { signIn } from "../../domain/auth/sign-in";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("audit.list (E3)", () => {
  it("shows the project's changes and its people's sign-ins, filtered by who, what, record and time", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const ivanova = await findPersona(db, "ivanova");
    const company = await (
      await callerFor(db, "ivanova")
    ).companies.create({ name: "Audited s.r.o." });
    await signIn(db, {
      email: "ivanova@demo.charter.test",
      password: "wrong",
      clientIp: "192.0.2.44",
    });

    const byRecord = await admin.audit.list({ recordId: company.id });
    expect(byRecord.items).toEqual([
      expect.objectContaining({ action: "create", resource: "company", employeeId: ivanova.id }),
    ]);

    const failures = await admin.audit.list({
      action: "sign_in_failed",
      actorEmail: "ivanova@demo.charter.test",
    });
    expect(failures.items[0]).toMatchObject({
      ip: "192.0.2.44",
      after: { reason: "wrong_credentials" },
    });

    const byPerson = await admin.audit.list({ employeeId: ivanova.id, resource: "company" });
    expect(
      byPerson.items.every((item) => item.employeeId === ivanova.id && item.resource === "company"),
    ).toBe(true);

    const future = await admin.audit.list({ from: new Date(Date.now() + 60_000) });
    expect(future.items).toEqual([]);
  });

  it("never shows another project's entries, nor failed sign-ins of strangers", async () => {
    const db = getDb();
    await signIn(db, { email: "stranger@elsewhere.test", password: "x", clientIp: "192.0.2.45" });
    const b2cProject = await db.project.findUniqueOrThrow({ where: { slug: "charter-b2c" } });
    await db.auditEntry.create({
      data: { projectId: b2cProject.id, action: "delete", resource: "deal", recordId: "b2c-only" },
    });

    const admin = await callerFor(db, "admin");
    expect((await admin.audit.list({ actorEmail: "stranger@elsewhere.test" })).items).toEqual([]);
    expect((await admin.audit.list({ recordId: "b2c-only" })).items).toEqual([]);
  });

  it("pages through the log without repeating or skipping an entry", async () => {
    const admin = await callerFor(getDb(), "admin");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.audit.list({ limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 40);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("is for those who may view the audit log: a rep is refused, a bad period is a field error", async () => {
    const rep = await callerFor(getDb(), "ivanova");
    await expect(rep.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await callerFor(getDb(), "admin");
    await expect(
      admin.audit.list({ from: new Date("2026-02-01"), to: new Date("2026-01-01") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
