import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { csvRecords } from "../exports/exports-test-kit";
import { newToken } from "../search/search-test-kit";

const getDb = useSeededDatabase();

/** Contacts of Ivanova written directly, named with a fresh token. */
async function contactsNamed(names: { firstName: string; lastName: string }[]) {
  const db = getDb();
  const ivanova = await findPersona(db, "ivanova");
  const rows = [];
  for (const name of names) {
    rows.push(
      await db.contact.create({
        data: { projectId: ivanova.projectId, responsibleId: ivanova.id, ...name },
      }),
    );
  }
  return rows;
}

describe("contacts.list finds a contact by a name typed whole, as the global search does", () => {
  it("first then last name or last then first, in any case; count and export agree", async () => {
    const token = newToken();
    const [jana, other] = await contactsNamed([
      { firstName: "Jana", lastName: `${token}ová` },
      { firstName: "Petra", lastName: `${token}ová` },
    ]);
    // Petrov heads Ivanova's team: he may view and export her contacts.
    const caller = await callerFor(getDb(), "petrov");

    for (const search of [`Jana ${token}ová`, `${token}OVÁ jana`, `jan ${token}`]) {
      const listed = await caller.contacts.list({ search });
      const { count } = await caller.contacts.count({ search });
      const exported = await caller.exports.contacts({ search });
      expect({
        search,
        listed: listed.items.map((item) => item.id),
        count,
        exported: csvRecords(exported.csv).map((row) => row.id),
      }).toEqual({ search, listed: [jana?.id], count: 1, exported: [jana?.id] });
    }
    // One word still matches either column on its own.
    const both = await caller.contacts.list({ search: `${token}ová` });
    expect(both.items.map((item) => item.id).sort()).toEqual([jana?.id, other?.id].sort());
    // Every word must match: a name the contact does not have finds nothing.
    await expect(caller.contacts.list({ search: `Eva ${token}ová` })).resolves.toMatchObject({
      items: [],
    });
  });

  it("lists exactly the contacts the header's search found, so See all is never empty", async () => {
    const token = newToken();
    await contactsNamed([
      { firstName: "Jana", lastName: `${token}ová` },
      { firstName: "Jan", lastName: `${token}` },
      { firstName: "Eva", lastName: `${token}ová` },
    ]);
    const caller = await callerFor(getDb(), "ivanova");
    for (const query of [`Jana ${token}ová`, `${token} jan`, `eva ${token}`, token]) {
      const found = await caller.search.global({ query, limitPerKind: 20 });
      const listed = await caller.contacts.list({ search: query });
      const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
      expect({ query, listed: ids(listed.items) }).toEqual({
        query,
        listed: ids(found.contacts.items),
      });
      expect(listed.items.length).toBeGreaterThan(0);
    }
  });

  it("% and _ in a name typed whole match only themselves", async () => {
    const token = newToken();
    const [literal] = await contactsNamed([
      { firstName: "100%", lastName: `${token}_a` },
      { firstName: "1000", lastName: `${token}xa` },
    ]);
    const caller = await callerFor(getDb(), "ivanova");
    const ids = async (search: string) =>
      (await caller.contacts.list({ search })).items.map((item) => item.id);

    await expect(ids(`100% ${token}_a`)).resolves.toEqual([literal?.id]);
    await expect(ids(`${token}_ 100%`)).resolves.toEqual([literal?.id]);
    await expect(ids(`% ${token}`)).resolves.toEqual([literal?.id]);
    await expect(ids(`__ ${token}`)).resolves.toEqual([]);
  });
});
