import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

async function listAll(caller: Awaited<ReturnType<typeof callerFor>>, search?: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await caller.companies.list({
      limit: 37,
      ...(search ? { search } : {}),
      ...(cursor ? { cursor } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function catchError(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error as { code: string; message: string; appCode?: string },
  );
}

describe("companies: reach in lists and lookups", () => {
  it("[C3] a rep with an own-scope role lists exactly their own companies, and count agrees", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    // The seeded Sales representative reads every client (RAMISYS); crm_sales works only
    // its own. Switching roles and leaving the project-wide group takes effect at once.
    await db.roleAssignment.deleteMany({ where: { employeeId: horakova.id } });
    await db.crmGroupMember.deleteMany({ where: { employeeId: horakova.id } });
    const crmSales = await db.role.findFirstOrThrow({
      where: { projectId: horakova.projectId, templateKey: "crm_sales" },
    });
    await db.roleAssignment.create({ data: { employeeId: horakova.id, roleId: crmSales.id } });

    const caller = await callerFor(db, "horakova");
    const items = await listAll(caller);
    const own = await db.company.count({ where: { responsibleId: horakova.id } });

    expect(own).toBeGreaterThan(0);
    expect(items).toHaveLength(own);
    expect(items.every((company) => company.responsible.id === horakova.id)).toBe(true);
    await expect(caller.companies.count({})).resolves.toEqual({ count: own });
  });

  it("[C3] a head of sales sees their team's companies, never the other team's", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const dvorakova = await findPersona(db, "dvorakova");
    const ivanova = await findPersona(db, "ivanova");

    const items = await listAll(await callerFor(db, "petrov"));
    const responsibles = await db.employee.findMany({
      where: { id: { in: [...new Set(items.map((company) => company.responsible.id))] } },
      select: { id: true, managerPath: true },
    });

    expect(items.some((company) => company.responsible.id === ivanova.id)).toBe(true);
    expect(
      responsibles.every((employee) => employee.managerPath.startsWith(petrov.managerPath)),
    ).toBe(true);
    expect(
      responsibles.some((employee) => employee.managerPath.startsWith(dvorakova.managerPath)),
    ).toBe(false);
    const team = await db.company.count({
      where: {
        projectId: petrov.projectId,
        responsible: { managerPath: { startsWith: petrov.managerPath } },
      },
    });
    expect(items).toHaveLength(team);
  });

  it("[D7] a company outside reach is the same NOT_FOUND as an id that does not exist", async () => {
    const db = getDb();
    const dvorakova = await findPersona(db, "dvorakova");
    const theirs = await db.company.findFirstOrThrow({ where: { responsibleId: dvorakova.id } });
    const caller = await callerFor(db, "petrov");

    const hidden = await catchError(caller.companies.get({ id: theirs.id }));
    const missing = await catchError(caller.companies.get({ id: crypto.randomUUID() }));
    const hiddenUpdate = await catchError(
      caller.companies.update({
        id: theirs.id,
        version: theirs.version,
        fields: { name: "Mine now" },
      }),
    );

    expect(hidden.code).toBe("NOT_FOUND");
    expect({ code: hidden.code, message: hidden.message, appCode: hidden.appCode }).toEqual({
      code: missing.code,
      message: missing.message,
      appCode: missing.appCode,
    });
    expect(hiddenUpdate.message).toBe(missing.message);
    await expect(db.company.findUniqueOrThrow({ where: { id: theirs.id } })).resolves.toMatchObject(
      { name: theirs.name },
    );
  });

  it("[D5] the read-only admin lists every company of the project but may not update one", async () => {
    const db = getDb();
    const auditor = await findPersona(db, "auditor");
    const caller = await callerFor(db, "auditor");
    const company = await db.company.findFirstOrThrow({ where: { projectId: auditor.projectId } });

    await expect(caller.companies.count({})).resolves.toEqual({
      count: await db.company.count({ where: { projectId: auditor.projectId } }),
    });
    await expect(
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { name: "Audited" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "read-only" } });
  });

  it("[D6] a partner account manager may edit their own company but not view another direction's", async () => {
    const db = getDb();
    const prochazka = await findPersona(db, "prochazka");
    const ivanova = await findPersona(db, "ivanova");
    const own = await db.company.findFirstOrThrow({ where: { responsibleId: prochazka.id } });
    const otherDirection = await db.company.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
    });
    const caller = await callerFor(db, "prochazka");

    await expect(
      caller.companies.update({ id: own.id, version: own.version, fields: { city: "Brno" } }),
    ).resolves.toMatchObject({ city: "Brno", version: own.version + 1 });
    await expect(caller.companies.get({ id: otherDirection.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("pages are stable: newest change first, no row twice, none skipped", async () => {
    const db = getDb();
    const items = await listAll(await callerFor(db, "admin"));
    const admin = await findPersona(db, "admin");

    expect(items).toHaveLength(await db.company.count({ where: { projectId: admin.projectId } }));
    expect(new Set(items.map((company) => company.id)).size).toBe(items.length);
    const keys = items.map((company) => `${company.updatedAt.toISOString()}|${company.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});
