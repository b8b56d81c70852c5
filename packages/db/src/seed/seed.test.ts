import { describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../client";
import { applyMigrations } from "../migrate";
import { createTestDatabase } from "../testing";
import { useTestDatabase } from "../testing/use-test-database";
import { seedDatabase } from ".";

const NOW = new Date("2026-11-01T09:00:00Z");

async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const [
    projects,
    users,
    employees,
    roles,
    grants,
    companies,
    contacts,
    deals,
    stageChanges,
    activities,
    sections,
    fields,
    values,
  ] = await Promise.all([
    prisma.project.count(),
    prisma.user.count(),
    prisma.employee.count(),
    prisma.role.count(),
    prisma.grant.count(),
    prisma.company.count(),
    prisma.contact.count(),
    prisma.deal.count(),
    prisma.dealStageChange.count(),
    prisma.activity.count(),
    prisma.section.count(),
    prisma.customField.count(),
    prisma.customFieldValue.count(),
  ]);
  return {
    projects,
    users,
    employees,
    roles,
    grants,
    companies,
    contacts,
    deals,
    stageChanges,
    activities,
    sections,
    fields,
    values,
  };
}

describe("seedDatabase", () => {
  const db = useTestDatabase();

  it("builds the demo company, and a second run adds nothing", async () => {
    const credentials = await seedDatabase(db(), { now: NOW });
    const first = await countRows(db());
    expect(first.projects).toBe(2);
    expect(first.companies).toBeGreaterThanOrEqual(200);
    expect(first.contacts).toBeGreaterThanOrEqual(200);
    expect(first.deals).toBeGreaterThanOrEqual(200);
    expect(credentials.map((user) => user.email)).toContain("admin@demo.charter.test");

    await seedDatabase(db(), { now: NOW });
    expect(await countRows(db())).toEqual(first);
    // Two whole seeds: seconds alone, minutes while other suites share the two cores.
  }, 300_000);

  it("ships the master data's 10 opportunity stages and 7 client-cycle steps (G1)", async () => {
    const pipelines = await db().pipeline.findMany({
      where: { project: { slug: "charter-b2b" } },
      include: { _count: { select: { stages: true } } },
    });
    expect(
      Object.fromEntries(pipelines.map((pipeline) => [pipeline.key, pipeline._count.stages])),
    ).toEqual({ opportunities: 10, client_cycle: 7 });
  });

  it("gives each project every built-in role template as an editable role (D2)", async () => {
    const roles = await db().role.findMany({
      where: { project: { slug: "charter-b2b" } },
      select: { templateKey: true },
    });
    const keys = roles.map((role) => role.templateKey);
    for (const key of [
      "telephonist",
      "external_telephonist",
      "sales_representative",
      "service_technician",
      "complaints",
      "invoicing_clerk",
      "director",
      "admin",
      "crm_admin",
      "crm_read_admin",
      "crm_sales",
      "crm_manager",
      "crm_pam",
      "crm_presale",
      "crm_marketeer",
      "crm_certificate_manager",
      "crm_partner_supervisor",
      "project_manager",
      "programmer",
      "tester",
      "external_representative",
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("keeps the hierarchy rules: Employees report to Administration users, who report to the Admin", async () => {
    const employees = await db().employee.findMany({
      include: { manager: { select: { userType: true, managerPath: true } } },
    });
    for (const employee of employees) {
      if (employee.userType === "employee")
        expect(employee.manager?.userType).toBe("administration");
      if (employee.userType === "administration") expect(employee.manager?.userType).toBe("admin");
      if (employee.manager)
        expect(employee.managerPath).toBe(`${employee.manager.managerPath}${employee.id}/`);
    }
  });

  it("stamps each record with its responsible's department", async () => {
    const deals = await db().deal.findMany({
      select: { departmentId: true, responsible: { select: { departmentId: true } } },
    });
    expect(deals.every((deal) => deal.departmentId === deal.responsible.departmentId)).toBe(true);
  });

  it("is deterministic: the same seed gives the same deals", async () => {
    const other = await createTestDatabase();
    const otherPrisma = createPrismaClient({ url: other.url, poolMax: 4 });
    try {
      await applyMigrations({ connectionString: other.url });
      await seedDatabase(otherPrisma, { now: NOW });
      const pick = {
        select: { id: true, title: true, amount: true, stageId: true, responsibleId: true },
        orderBy: { id: "asc" },
      } as const;
      const [theirs, ours] = await Promise.all([
        otherPrisma.deal.findMany(pick),
        db().deal.findMany(pick),
      ]);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs).toEqual(ours);
    } finally {
      await otherPrisma.$disconnect();
      await other.drop();
    }
  }, 120_000);
});
