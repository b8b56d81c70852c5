import { describe, expect, it } from "vitest";

import type { TCaller } from "../../testing/access-matrix/types";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

/** Every company id a caller's own list shows, page by page. */
async function ownCompanyIds(caller: TCaller): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.companies.list({ limit: 100, cursor });
    ids.push(...page.items.map((company) => company.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("permissions.viewAs (D10): a list as another employee would see it", () => {
  it("shows the Admin exactly the deals a sales representative's own list shows", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const admin = await callerFor(db, "admin");
    const rep = await callerFor(db, "ivanova");

    const seen = await admin.permissions.viewAs({
      employeeId: ivanova.id,
      list: "deals",
      limit: 20,
    });

    const own = await rep.deals.list({ limit: 20 });
    expect(seen.total).toBe((await rep.deals.count({})).count);
    // Both lists are newest change first, so the first page is her list's first page.
    expect(seen.items.map((row) => row.id)).toEqual(own.items.map((deal) => deal.id));
    expect(seen.total).toBeLessThan((await admin.deals.count({})).count);
  });

  it("counts the deals a telephonist may see as the telephonist's own count does", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const seen = await (
      await callerFor(db, "director")
    ).permissions.viewAs({ employeeId: cerny.id, list: "deals", limit: 5 });

    const own = await (await callerFor(db, "cerny")).deals.count({});
    expect(seen.total).toBe(own.count);
    expect(seen.items.length).toBe(Math.min(5, own.count));
    for (const row of seen.items) expect(row.detail).toEqual(expect.any(String));
  });

  it("never shows the caller more than their own reach, even viewing as the Director", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const director = await findPersona(db, "director");
    // Petrov, a head of sales, may look into access settings but sees only his team's records.
    await db.permissionOverride.create({
      data: { employeeId: petrov.id, resource: "settings.roles", action: "view", effect: "allow" },
    });
    const petrovCaller = await callerFor(db, "petrov");

    const seen = await petrovCaller.permissions.viewAs({
      employeeId: director.id,
      list: "companies",
      limit: 100,
    });

    const petrovsOwn = await ownCompanyIds(petrovCaller);
    const directorsOwn = await ownCompanyIds(await callerFor(db, "director"));
    expect(seen.total).toBe(petrovsOwn.length);
    expect(seen.total).toBeLessThan(directorsOwn.length);
  });

  it("searches names literally, and answers an unknown employee as missing", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const admin = await callerFor(db, "admin");
    const [first] = (await admin.permissions.viewAs({ employeeId: ivanova.id, list: "contacts" }))
      .items;
    if (!first) throw new Error("Ivanova sees no contact in the seed.");

    const found = await admin.permissions.viewAs({
      employeeId: ivanova.id,
      list: "contacts",
      search: first.label.split(" ")[0],
    });
    expect(found.items.map((row) => row.id)).toContain(first.id);
    const wildcard = await admin.permissions.viewAs({
      employeeId: ivanova.id,
      list: "contacts",
      search: "%",
    });
    expect(wildcard.total).toBe(0);

    const smirnova = await findPersona(db, "smirnova", "charter-b2c");
    await expect(
      admin.permissions.viewAs({ employeeId: smirnova.id, list: "companies" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for those who may read access settings: a sales representative is refused", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    await expect(
      (await callerFor(db, "ivanova")).permissions.viewAs({
        employeeId: horakova.id,
        list: "deals",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
