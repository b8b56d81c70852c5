import { canReachAny, decide, type RecordResource } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { findFirstOf } from "../../domain/access/record-models";
import { loadSubject } from "../../domain/subject/load-subject";
import { B2B_PERSONAS, callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { idsOf, newToken, writeSearchable } from "./search-test-kit";

const getDb = useSeededDatabase();

/** Whether the engine lets the persona view the record, as a single `get` would decide. */
async function engineAllows(
  db: PrismaClient,
  persona: string,
  resource: RecordResource,
  id: string,
): Promise<boolean> {
  const employee = await findPersona(db, persona);
  const loaded = await loadSubject(db, {
    employeeId: employee.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded || !canReachAny(loaded.subject, "view", resource)) return false;
  const row = await findFirstOf(
    db,
    resource,
  )({ where: { id }, select: engineRecordSelect(resource) });
  return row !== null && decide(loaded.subject, "view", resource, toEngineRecord(row)).allowed;
}

const sorted = (ids: string[]) => [...ids].sort();

describe("search.global: only what the searcher may view (D7)", () => {
  it("[D7] every persona finds exactly the records the engine lets them view, of two owners", async () => {
    const db = getDb();
    const token = newToken();
    const written = [
      await writeSearchable(db, "ivanova", token),
      await writeSearchable(db, "horakova", token),
    ];

    for (const persona of B2B_PERSONAS) {
      const expected = {
        companies: [] as string[],
        contacts: [] as string[],
        deals: [] as string[],
      };
      for (const { company, contact, deal } of written) {
        if (await engineAllows(db, persona, "company", company.id))
          expected.companies.push(company.id);
        if (await engineAllows(db, persona, "contact", contact.id))
          expected.contacts.push(contact.id);
        if (await engineAllows(db, persona, "deal", deal.id)) expected.deals.push(deal.id);
      }
      const result = await (await callerFor(db, persona)).search.global({ query: token });
      const found = idsOf(result);
      expect({
        persona,
        companies: sorted(found.companies),
        contacts: sorted(found.contacts),
        deals: sorted(found.deals),
        hasMore: [result.companies.hasMore, result.contacts.hasMore, result.deals.hasMore],
      }).toEqual({
        persona,
        companies: sorted(expected.companies),
        contacts: sorted(expected.contacts),
        deals: sorted(expected.deals),
        hasMore: [false, false, false],
      });
    }
  });

  it("[D7] a rep finds her own deal but not a colleague's of another team; the director finds both", async () => {
    const db = getDb();
    const token = newToken();
    const mine = await writeSearchable(db, "ivanova", token);
    const theirs = await writeSearchable(db, "horakova", token);

    const ivanova = await (await callerFor(db, "ivanova")).search.global({ query: token });
    expect(idsOf(ivanova).deals).toEqual([mine.deal.id]);
    expect(ivanova.deals.hasMore).toBe(false);
    // Her deal names its company: she may view it.
    expect(ivanova.deals.items[0]?.company).toEqual({
      id: mine.company.id,
      name: mine.company.name,
    });

    const director = await (await callerFor(db, "director")).search.global({ query: token });
    expect(sorted(idsOf(director).deals)).toEqual(sorted([mine.deal.id, theirs.deal.id]));
  });

  it("[C3] a rep limited to her own clients finds her own companies and contacts, not a colleague's", async () => {
    const db = getDb();
    const token = newToken();
    const mine = await writeSearchable(db, "horakova", token);
    const colleagues = await writeSearchable(db, "ivanova", token);
    // crm_sales works only its own clients; leaving the seeded role and groups counts at once.
    const horakova = await findPersona(db, "horakova");
    const crmSales = await db.role.findFirstOrThrow({
      where: { projectId: horakova.projectId, templateKey: "crm_sales" },
    });
    await db.roleAssignment.deleteMany({ where: { employeeId: horakova.id } });
    await db.crmGroupMember.deleteMany({ where: { employeeId: horakova.id } });
    await db.roleAssignment.create({ data: { employeeId: horakova.id, roleId: crmSales.id } });

    const result = await (await callerFor(db, "horakova")).search.global({ query: token });

    expect(idsOf(result)).toEqual({
      companies: [mine.company.id],
      contacts: [mine.contact.id],
      deals: [mine.deal.id],
    });
    expect(JSON.stringify(result)).not.toContain(colleagues.company.name);
  });

  it("a user with no deal right gets empty deals, not an error, and the other kinds still answer", async () => {
    const db = getDb();
    const token = newToken();
    const written = await writeSearchable(db, "ivanova", token);
    const novotny = await callerFor(db, "novotny");

    const result = await novotny.search.global({ query: token });

    await expect(novotny.deals.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(result.deals).toEqual({ items: [], hasMore: false });
    expect(idsOf(result).companies).toEqual([written.company.id]);
    expect(idsOf(result).contacts).toEqual([written.contact.id]);
  });

  it("a field hidden from the searcher is neither matched nor answered", async () => {
    const db = getDb();
    const token = newToken();
    const written = await writeSearchable(db, "ivanova", token);
    // Not part of the token: the company's name holds the token and would match instead.
    const registrationNumber = `8${String(Date.now()).slice(-7)}`;
    await db.company.update({
      where: { id: written.company.id },
      data: { registrationNumber, city: "Kolín" },
    });
    const caller = await callerFor(db, "ivanova");
    await expect(caller.search.global({ query: registrationNumber })).resolves.toMatchObject({
      companies: { items: [{ id: written.company.id, registrationNumber, city: "Kolín" }] },
    });

    const ivanova = await findPersona(db, "ivanova");
    const rep = await db.role.findFirstOrThrow({
      where: { projectId: ivanova.projectId, templateKey: "sales_representative" },
    });
    await db.fieldRule.createMany({
      data: [
        { roleId: rep.id, resource: "company", field: "registrationNumber", access: "hidden" },
        { roleId: rep.id, resource: "company", field: "city", access: "hidden" },
      ],
    });

    const byNumber = await caller.search.global({ query: registrationNumber });
    expect(byNumber.companies).toEqual({ items: [], hasMore: false });
    const byName = await caller.search.global({ query: token });
    expect(byName.companies.items).toEqual([
      { id: written.company.id, name: written.company.name, registrationNumber: null, city: null },
    ]);
  });
});
