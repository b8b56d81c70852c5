import { ROLE_TEMPLATES } from "@charter/core/templates";
import { describe, expect, it } from "vitest";

import { DELETE_FIRST } from "../../domain/projects/delete-project";
import { resolveSessionSubject } from "../../domain/session/resolve-session-subject";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { B2C, callerForClaims, claimsOf } from "./projects-test-kit";

const getDb = useSeededDatabase();

/** One row in every table that points at another ON DELETE RESTRICT, so the order is tested. */
async function addRowsBehindRestrictKeys(projectId: string, responsibleId: string) {
  const db = getDb();
  const owned = { projectId, responsibleId };
  const company = await db.company.create({ data: { ...owned, name: "Doomed client" } });
  const stage = await db.stage.findFirstOrThrow({ where: { projectId } });
  const product = await db.product.create({
    data: { projectId, sku: "DOOMED", name: "Doomed product", unitPrice: "10.00", currency: "CZK" },
  });
  await db.deal.create({
    data: {
      ...owned,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      title: "Doomed deal",
      currency: "CZK",
      companyId: company.id,
      products: { create: { productId: product.id, unitPrice: "10.00" } },
    },
  });
  await db.invoice.create({
    data: { ...owned, number: "DOOMED-1", currency: "CZK", companyId: company.id },
  });
  await db.document.create({ data: { ...owned, kind: "offer", title: "Doomed offer" } });
  await db.interest.create({ data: { ...owned, title: "Doomed interest", productId: product.id } });
  await db.crmObject.create({ data: { ...owned, name: "Doomed object", companyId: company.id } });
}

async function projectBySlug(slug: string) {
  return getDb().project.findUnique({ where: { slug } });
}

describe("projects: create (A1)", () => {
  it("[A1][D2][F2] an Admin creates a project: its Admin, with every role template and the default sections", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");

    const created = await (
      await callerFor(db, "admin")
    ).projects.create({
      name: "Charter Demo Export",
    });

    expect(created.project).toMatchObject({
      name: "Charter Demo Export",
      slug: "charter-demo-export",
    });
    const employee = await db.employee.findUniqueOrThrow({
      where: { id: created.employeeId },
      include: { roleAssignments: { include: { role: true } } },
    });
    expect(employee).toMatchObject({
      projectId: created.project.id,
      userId: admin.user.id,
      userType: "admin",
      managerId: null,
      name: admin.name,
    });
    expect(employee.roleAssignments.map(({ role }) => role.templateKey)).toEqual(["admin"]);
    const roles = await db.role.findMany({
      where: { projectId: created.project.id },
      include: { _count: { select: { grants: true } } },
    });
    expect(roles.map((role) => role.templateKey).sort()).toEqual(
      ROLE_TEMPLATES.map((template) => template.key).sort(),
    );
    for (const role of roles) {
      const template = ROLE_TEMPLATES.find(({ key }) => key === role.templateKey);
      expect(role._count.grants).toBe(template?.grants.length);
    }
    const sections = await db.section.findMany({
      where: { projectId: created.project.id },
      orderBy: { position: "asc" },
      include: { _count: { select: { fields: true } } },
    });
    expect(sections.map((section) => [section.kind, section.isDefault])).toEqual([
      ["company", true],
      ["company", true],
      ["contact", true],
      ["contact", true],
      ["object", true],
      ["object", true],
    ]);
    expect(sections.every((section) => section._count.fields > 0)).toBe(true);

    const entries = await db.auditEntry.findMany({
      where: { action: "create", resource: "settings.org", recordId: created.project.id },
      orderBy: { projectId: "asc" },
    });
    expect(entries.map((entry) => [entry.projectId, entry.employeeId]).sort()).toEqual(
      [
        [admin.projectId, admin.id],
        [created.project.id, created.employeeId],
      ].sort(),
    );
  });

  it("[A1] the creator switches into the new project and works there as its Admin", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const created = await admin.projects.create({ name: "Charter Demo Service" });

    await admin.projects.switch({ employeeId: created.employeeId });
    const there = await callerForClaims(db, {
      ...(await claimsOf(db, "admin")),
      employeeId: created.employeeId,
    });

    await expect(there.projects.profile.get()).resolves.toMatchObject({
      id: created.project.id,
      name: "Charter Demo Service",
    });
    const company = await there.companies.create({ name: "First client" });
    expect(
      await db.company.findUniqueOrThrow({
        where: { id: company.id },
        select: { projectId: true },
      }),
    ).toEqual({ projectId: created.project.id });
  });

  it("[A1] a derived slug is numbered when taken; a chosen one that is taken is a CONFLICT naming slug", async () => {
    const caller = await callerFor(getDb(), "admin");

    const again = await caller.projects.create({ name: "Charter Demo Export" });
    expect(again.project.slug).toBe("charter-demo-export-2");
    await expect(
      caller.projects.create({ name: "Another", slug: "charter-b2c" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^slug:/) as unknown,
    });
    await expect(projectBySlug("another")).resolves.toBeNull();
  });

  it("[A1] a Director may not create a project, nor may a sales rep", async () => {
    const db = getDb();
    const count = await db.project.count();

    await expect(
      (await callerFor(db, "director")).projects.create({ name: "Director's own" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "protected" } });
    await expect(
      (await callerFor(db, "ivanova")).projects.create({ name: "Rep's own" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.project.count()).toBe(count);
  });
});

describe("projects: delete (A3)", () => {
  it("[A3] a Director is refused by the engine's protected rule and nothing is deleted", async () => {
    const db = getDb();
    const director = await findPersona(db, "director");
    const project = await db.project.findUniqueOrThrow({ where: { id: director.projectId } });

    const refusal = (await callerFor(db, "director")).projects.delete({
      confirmName: project.name,
      version: project.version,
    });

    await expect(refusal).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "protected" },
      message: expect.stringMatching(/^You may not delete this project\./) as unknown,
    });
    await expect(projectBySlug(project.slug)).resolves.toEqual(project);
  });

  it("[A3] an Admin must type the project's name, at the version they read", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const project = await db.project.findUniqueOrThrow({ where: { id: admin.projectId } });
    const caller = await callerFor(db, "admin");

    await expect(
      caller.projects.delete({ confirmName: "charter demo b2b", version: project.version }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^confirmName: .*"Charter Demo B2B"/) as unknown,
    });
    await expect(
      caller.projects.delete({ confirmName: project.name, version: project.version - 1 || 99 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(projectBySlug(project.slug)).resolves.toEqual(project);
  });

  it("[A3][E3] the Admin deletes B2C with everything in it; the audit entry stays; B2B is untouched", async () => {
    const db = getDb();
    const adminB2c = await findPersona(db, "admin", B2C);
    const smirnova = await findPersona(db, "smirnova", B2C);
    const project = await db.project.findUniqueOrThrow({ where: { id: adminB2c.projectId } });
    await addRowsBehindRestrictKeys(project.id, smirnova.id);
    const b2bCompanies = await db.company.count({ where: { project: { slug: "charter-b2b" } } });
    const companies = await db.company.count({ where: { projectId: project.id } });
    const petrovInB2c = await claimsOf(db, "petrov", B2C);

    const admin = await callerForClaims(db, await claimsOf(db, "admin", B2C));
    const edited = await admin.projects.profile.update({
      version: project.version,
      city: "Brno-střed",
    });
    await expect(
      admin.projects.delete({ confirmName: " Charter Demo B2C ", version: edited.version }),
    ).resolves.toEqual({ id: project.id });

    await expect(projectBySlug(B2C)).resolves.toBeNull();
    for (const count of [
      db.employee.count({ where: { projectId: project.id } }),
      db.company.count({ where: { projectId: project.id } }),
      db.invoice.count({ where: { projectId: project.id } }),
      db.role.count({ where: { projectId: project.id } }),
    ]) {
      await expect(count).resolves.toBe(0);
    }
    expect(await db.company.count({ where: { project: { slug: "charter-b2b" } } })).toBe(
      b2bCompanies,
    );
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "delete", resource: "settings.org", recordId: project.id },
    });
    expect(entry).toMatchObject({
      projectId: project.id,
      employeeId: adminB2c.id,
      actorEmail: "admin@demo.charter.test",
      before: { name: "Charter Demo B2C", removed: { companies, invoices: 1, employees: 4 } },
    });
    // Earlier entries of the project stay too.
    await expect(
      db.auditEntry.findMany({ where: { projectId: project.id }, orderBy: { createdAt: "asc" } }),
    ).resolves.toMatchObject([{ action: "update", after: { city: "Brno-střed" } }, entry]);

    // Petrov's session in B2C ends; his default one still works in B2B.
    await expect(resolveSessionSubject(db, petrovInB2c)).resolves.toBeNull();
    const petrov = await resolveSessionSubject(db, await claimsOf(db, "petrov"));
    expect(petrov?.employee.project.name).toBe("Charter Demo B2B");
  });

  it("[A3] the deletion order covers every RESTRICT key between a project's tables", async () => {
    const rows = await getDb().$queryRaw<{ referrer: string; referenced: string }[]>`
      select conrelid::regclass::text as referrer, confrelid::regclass::text as referenced
      from pg_constraint where contype = 'f' and confdeltype = 'r'`;
    const order = DELETE_FIRST.map(([table]) => `"${table}"`);
    // Users outlive projects; a self-reference is checked at the end of one statement.
    const between = rows.filter(
      ({ referrer, referenced }) => referenced !== '"User"' && referrer !== referenced,
    );

    expect(between.length).toBeGreaterThan(0);
    for (const { referrer, referenced } of between) {
      const before = order.indexOf(referrer);
      expect({ referrer, deletedFirst: before >= 0 }).toEqual({ referrer, deletedFirst: true });
      const after = order.indexOf(referenced);
      if (after >= 0)
        expect({ referrer, referenced, inOrder: before < after }).toMatchObject({ inOrder: true });
    }
  });
});
