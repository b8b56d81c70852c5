import { decide } from "@charter/core/engine";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { loadSubject } from "../../domain/subject/load-subject";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

type TLink = { id: string; name: string } | null;

/** A contact of `contactOwner` working at a new company of `companyOwner`, written directly. */
async function contactAtCompany(contactOwner: string, companyOwner: string) {
  const db = getDb();
  const person = await findPersona(db, contactOwner);
  const owner = await findPersona(db, companyOwner);
  const company = await db.company.create({
    data: {
      projectId: owner.projectId,
      responsibleId: owner.id,
      name: `Employer of ${contactOwner} ${crypto.randomUUID().slice(0, 8)}`,
    },
  });
  const contact = await db.contact.create({
    data: {
      projectId: person.projectId,
      responsibleId: person.id,
      firstName: "Linked",
      lastName: `To ${companyOwner}`,
      companyId: company.id,
    },
  });
  return { company, contact };
}

describe("contacts name their company only inside the reader's reach (D7)", () => {
  it("a company the reader may view is named; one they may not is null, as if unlinked", async () => {
    const db = getDb();
    const inside = await contactAtCompany("ivanova", "ivanova");
    const outside = await contactAtCompany("ivanova", "horakova");
    const petrov = await callerFor(db, "petrov");
    const admin = await callerFor(db, "admin");

    await expect(petrov.contacts.get({ id: inside.contact.id })).resolves.toMatchObject({
      company: { id: inside.company.id, name: inside.company.name },
    });
    await expect(petrov.contacts.get({ id: outside.contact.id })).resolves.toMatchObject({
      company: null,
    });
    const listed = await petrov.contacts.list({ search: "Linked", limit: 100 });
    const byId = new Map(listed.items.map((item) => [item.id, item.company]));
    expect(byId.get(inside.contact.id)).toEqual({
      id: inside.company.id,
      name: inside.company.name,
    });
    expect(byId.get(outside.contact.id)).toBeNull();
    // Someone who may view both sees the name.
    await expect(admin.contacts.get({ id: outside.contact.id })).resolves.toMatchObject({
      company: { id: outside.company.id, name: outside.company.name },
    });
  });

  it("a save answers the company exactly as get does, so the card it refreshes reads the same", async () => {
    const db = getDb();
    const petrov = await callerFor(db, "petrov");
    const inside = await contactAtCompany("ivanova", "ivanova");
    const outside = await contactAtCompany("ivanova", "horakova");
    for (const { contact, company, named } of [
      { ...inside, named: true },
      { ...outside, named: false },
    ]) {
      const saved = await petrov.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { position: "Buyer" },
      });
      const assigned = await petrov.contacts.assign({
        id: contact.id,
        version: saved.version,
        responsibleId: contact.responsibleId,
      });
      const read = await petrov.contacts.get({ id: contact.id });

      expect(read.company).toEqual(named ? { id: company.id, name: company.name } : null);
      expect({ saved: saved.company, assigned: assigned.company }).toEqual({
        saved: read.company,
        assigned: read.company,
      });
    }
    const created = await petrov.contacts.create({
      firstName: "New",
      lastName: "Hire",
      companyId: (await contactAtCompany("ivanova", "ivanova")).company.id,
    });
    expect(created.company).toEqual((await petrov.contacts.get({ id: created.id })).company);
    expect(created.company).not.toBeNull();
  });

  it("a contact without a company answers null", async () => {
    const caller = await callerFor(getDb(), "ivanova");
    const created = await caller.contacts.create({ firstName: "No", lastName: "Employer" });

    await expect(caller.contacts.get({ id: created.id })).resolves.toMatchObject({ company: null });
  });

  it("every listed contact's company is named exactly where the engine lets the reader view it", async () => {
    const db = getDb();
    await contactAtCompany("cerny", "horakova");
    await contactAtCompany("cerny", "petrov");
    let named = 0;
    let hidden = 0;
    for (const name of ["petrov", "ivanova", "marek", "dvorakova"]) {
      const persona = await findPersona(db, name);
      const loaded = await loadSubject(db, {
        employeeId: persona.id,
        clientIp: "127.0.0.1",
        now: new Date(),
      });
      if (!loaded) throw new Error(`${name} is not seeded`);
      const caller = await callerFor(db, name);
      const listed: { id: string; company?: TLink }[] = [];
      let cursor: string | undefined;
      do {
        const page = await caller.contacts.list({ limit: 100, ...(cursor ? { cursor } : {}) });
        listed.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      // The stored link, which the answer no longer carries when the company is hidden.
      const stored = await db.contact.findMany({
        where: { id: { in: listed.map((item) => item.id) } },
        select: { id: true, companyId: true },
      });
      const storedCompany = new Map(stored.map((row) => [row.id, row.companyId]));
      const items = listed.map((item) => ({
        ...item,
        companyId: storedCompany.get(item.id) ?? null,
      }));
      const companyIds = items.flatMap((item) => (item.companyId ? [item.companyId] : []));
      const companies = await db.company.findMany({
        where: { id: { in: companyIds } },
        select: { ...engineRecordSelect("company"), id: true, name: true },
      });
      const viewable = new Map(
        companies.map((row) => [
          row.id,
          decide(loaded.subject, "view", "company", toEngineRecord(row)).allowed
            ? { id: row.id, name: row.name }
            : null,
        ]),
      );

      const answered = items.map((item) => ({ contact: item.id, company: item.company }));
      const expected = items.map((item) => ({
        contact: item.id,
        company: item.companyId ? (viewable.get(item.companyId) ?? null) : null,
      }));
      expect({ name, answered }).toEqual({ name, answered: expected });
      named += answered.filter((item) => item.company !== null).length;
      hidden += expected.filter(
        (item, index) => item.company === null && items[index]?.companyId,
      ).length;
    }
    // Not vacuous: some links were named and some withheld.
    expect(named).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });
});
