import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { csvRecords } from "./exports-test-kit";

const getDb = useSeededDatabase();

describe("exports: hidden fields and sections never leave the server (D8, PERMISSIONS.md Fields)", () => {
  it("[D8] a section limited to a group is exported to its members only", async () => {
    const db = getDb();
    const petrov = await (await callerFor(db, "petrov")).exports.companies({});
    const dvorakova = await (await callerFor(db, "dvorakova")).exports.companies({});
    const strategy = (header: string) => header.endsWith("Key account strategy: Strategy");

    // Petrov is in the Key accounts group; Dvořáková is not.
    expect(petrov.columns.some(strategy)).toBe(true);
    expect(dvorakova.columns.some(strategy)).toBe(false);
    expect(dvorakova.csv).not.toContain("Expand to the whole group");
    expect(dvorakova.columns).toContain("Main: Segment");
    const withStrategy = csvRecords(petrov.csv).filter((row) =>
      Object.entries(row).some(([header, value]) => strategy(header) && value !== ""),
    );
    expect(withStrategy.length).toBeGreaterThan(0);
  });

  it("a field a role hides is not a column, and is neither searched nor filtered by", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const manager = await db.role.findFirstOrThrow({
      where: { projectId: petrov.projectId, templateKey: "crm_manager" },
    });
    const rules = await Promise.all(
      ["email", "isPartner"].map((field) =>
        db.fieldRule.create({
          data: { roleId: manager.id, resource: "company", field, access: "hidden" },
        }),
      ),
    );
    try {
      const caller = await callerFor(db, "petrov");
      const all = await caller.exports.companies({});
      expect(all.columns).not.toContain("email");
      expect(all.columns).not.toContain("isPartner");
      expect(all.columns).toContain("phone");
      expect(all.csv).not.toMatch(/@client\d+\.example/);
      // The seeded e-mails are info<n>@client<n>.example: searching them finds nothing.
      expect((await caller.exports.companies({ search: "@client" })).rowCount).toBe(0);
      await expect(caller.exports.companies({ isPartner: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { rule: "field-access" },
        message: expect.stringContaining("isPartner") as unknown,
      });
    } finally {
      await db.fieldRule.deleteMany({ where: { id: { in: rules.map((rule) => rule.id) } } });
    }
  });

  it("[D2] a Telephonist allowed to export deals gets no amount column", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const pipeline = await db.pipeline.findFirstOrThrow({
      where: { projectId: cerny.projectId, key: "opportunities" },
      include: { stages: { where: { key: "proposal" } } },
    });
    const deal = await db.deal.create({
      data: {
        projectId: cerny.projectId,
        pipelineId: pipeline.id,
        stageId: pipeline.stages[0]?.id ?? "",
        title: "Telephonist's deal",
        amount: "123456.00",
        currency: "CZK",
        responsibleId: cerny.id,
      },
    });
    await db.permissionOverride.create({
      data: { employeeId: cerny.id, resource: "deal", action: "export", effect: "allow" },
    });

    const exported = await (await callerFor(db, "cerny")).exports.deals({});
    expect(exported.columns).not.toContain("amount");
    expect(exported.columns).toContain("currency");
    expect(exported.csv).not.toContain("123456");
    expect(csvRecords(exported.csv).map((row) => row.id)).toEqual([deal.id]);
  });
});

describe("exports: links to records the caller may not view are left empty (D7)", () => {
  it("[D7] a deal's company outside the exporter's reach shows neither its name nor its id", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const horakova = await findPersona(db, "horakova");
    const brnoCompany = await db.company.create({
      data: { projectId: horakova.projectId, responsibleId: horakova.id, name: "Brno Secret a.s." },
    });
    const pipeline = await db.pipeline.findFirstOrThrow({
      where: { projectId: ivanova.projectId, key: "opportunities" },
      include: { stages: { orderBy: { position: "asc" }, take: 1 } },
    });
    const deal = await db.deal.create({
      data: {
        projectId: ivanova.projectId,
        pipelineId: pipeline.id,
        stageId: pipeline.stages[0]?.id ?? "",
        title: "Linked across teams",
        currency: "CZK",
        responsibleId: ivanova.id,
        companyId: brnoCompany.id,
      },
    });

    const asPetrov = csvRecords(
      (await (await callerFor(db, "petrov")).exports.deals({ search: "Linked across" })).csv,
    );
    const asAdmin = csvRecords(
      (await (await callerFor(db, "admin")).exports.deals({ search: "Linked across" })).csv,
    );
    expect(asPetrov).toMatchObject([{ id: deal.id, companyId: "", company: "" }]);
    expect(asAdmin).toMatchObject([
      { id: deal.id, companyId: brnoCompany.id, company: "Brno Secret a.s." },
    ]);
  });
});
