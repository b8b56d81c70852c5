import { describe, expect, it } from "vitest";

import { writeAudit } from "../../domain/audit/write-audit";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

async function auditOf(recordId: string) {
  return getDb().auditEntry.findMany({ where: { recordId }, orderBy: { createdAt: "asc" } });
}

describe("companies: writes", () => {
  it("[B3] create stamps the creator's direction, makes them responsible and writes the audit entry", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const employee = await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } });
    const caller = await callerFor(db, "ivanova");

    const company = await caller.companies.create({
      name: "Nová firma s.r.o.",
      email: "info@nova.example",
    });

    expect(company).toMatchObject({
      name: "Nová firma s.r.o.",
      directionId: employee.directionId,
      departmentId: employee.departmentId,
      responsible: { id: ivanova.id, name: ivanova.name },
      version: 1,
    });
    const [entry] = await auditOf(company.id);
    expect(entry).toMatchObject({
      action: "create",
      resource: "company",
      employeeId: ivanova.id,
      ip: "127.0.0.1",
    });
    expect(entry?.after).toMatchObject({ name: "Nová firma s.r.o." });
  });

  it("create for someone else needs assign: a rep is refused, their head of sales is not", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");

    await expect(
      (await callerFor(db, "ivanova")).companies.create({
        name: "For a colleague",
        responsibleId: cerny.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(db.company.count({ where: { name: "For a colleague" } })).resolves.toBe(0);

    const created = await (
      await callerFor(db, "petrov")
    ).companies.create({
      name: "For Ivanova",
      responsibleId: ivanova.id,
    });
    expect(created.responsible.id).toBe(ivanova.id);
  });

  it("[E3] update writes before and after; a stale version is a CONFLICT and changes nothing", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");

    const saved = await caller.companies.update({
      id: company.id,
      version: company.version,
      fields: { name: "First save" },
    });
    expect(saved).toMatchObject({ name: "First save", version: company.version + 1 });

    await expect(
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { name: "Stale save" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", appCode: "CONFLICT" });

    await expect(
      db.company.findUniqueOrThrow({ where: { id: company.id } }),
    ).resolves.toMatchObject({
      name: "First save",
      version: company.version + 1,
    });
    const entries = await auditOf(company.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "update", employeeId: ivanova.id });
    expect(entries[0]?.before).toMatchObject({ name: company.name, version: company.version });
    expect(entries[0]?.after).toMatchObject({ name: "First save", version: company.version + 1 });
  });

  it("[E3] the audit entry commits or rolls back with its change", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const company = await db.company.findFirstOrThrow({ where: { projectId: admin.projectId } });
    const actor = {
      projectId: admin.projectId,
      employeeId: admin.id,
      actorEmail: "admin@demo.charter.test",
      ip: null,
    };

    await expect(
      db.$transaction(async (tx) => {
        await tx.company.update({ where: { id: company.id }, data: { name: "Rolled back" } });
        await writeAudit(
          tx,
          { ...actor },
          {
            action: "update",
            resource: "company",
            recordId: company.id,
            after: { name: "Rolled back" },
          },
        );
        throw new Error("the change fails after its audit entry was written");
      }),
    ).rejects.toThrow(/fails after/);

    await expect(auditOf(company.id)).resolves.toHaveLength(0);
    await expect(
      db.company.findUniqueOrThrow({ where: { id: company.id } }),
    ).resolves.toMatchObject({ name: company.name });
  });

  it("a refused write leaves no audit entry", async () => {
    const db = getDb();
    const auditor = await findPersona(db, "auditor");
    const company = await db.company.findFirstOrThrow({ where: { projectId: auditor.projectId } });

    await expect(
      (await callerFor(db, "admin")).companies.update({
        id: company.id,
        version: company.version,
        fields: { typeId: crypto.randomUUID() },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("typeId") as unknown,
    });
    await expect(auditOf(company.id)).resolves.toHaveLength(0);
  });

  it("assign hands a company to another responsible; a rep without assign is refused", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { id: "desc" },
    });

    await expect(
      (await callerFor(db, "ivanova")).companies.assign({
        id: company.id,
        version: company.version,
        responsibleId: cerny.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const moved = await (
      await callerFor(db, "petrov")
    ).companies.assign({
      id: company.id,
      version: company.version,
      responsibleId: cerny.id,
    });
    expect(moved).toMatchObject({ responsible: { id: cerny.id }, version: company.version + 1 });
    const [entry] = await auditOf(company.id);
    expect(entry).toMatchObject({
      action: "assign",
      before: expect.objectContaining({
        responsible: { id: ivanova.id, name: ivanova.name },
      }) as unknown,
    });
  });

  it("assign refuses a responsible outside the project", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const outsider = await findPersona(db, "smirnova", "charter-b2c");
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: petrov.id } });

    await expect(
      (await callerFor(db, "petrov")).companies.assign({
        id: company.id,
        version: company.version,
        responsibleId: outsider.id,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("responsibleId") as unknown,
    });
  });

  it("delete removes a company with its audit entry; a rep without delete is refused", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id, invoices: { none: {} } },
      orderBy: { id: "asc" },
    });

    await expect(
      (await callerFor(db, "ivanova")).companies.delete({
        id: company.id,
        version: company.version,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(
      (await callerFor(db, "petrov")).companies.delete({
        id: company.id,
        version: company.version,
      }),
    ).resolves.toEqual({ id: company.id });
    await expect(db.company.findUnique({ where: { id: company.id } })).resolves.toBeNull();
    const entries = await auditOf(company.id);
    expect(entries.at(-1)).toMatchObject({
      action: "delete",
      before: expect.objectContaining({ name: company.name }) as unknown,
      after: null,
    });
  });
});
