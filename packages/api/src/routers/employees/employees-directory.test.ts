import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { createRep } from "./employees-test-kit";

const getDb = useSeededDatabase();

type TDirectoryCaller = Awaited<ReturnType<typeof callerFor>>;

/** Every page of the directory for a search, following the cursors. */
async function readAll(caller: TDirectoryCaller, search?: string, limit = 3) {
  const pages = [];
  let cursor: string | undefined;
  do {
    const page = await caller.employees.directory({
      limit,
      ...(search === undefined ? {} : { search }),
      ...(cursor ? { cursor } : {}),
    });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages.flat();
}

/** What the directory must hold: the project's usable employees shown in the list, by name. */
async function expectedNames(projectId: string): Promise<string[]> {
  const rows = await getDb().employee.findMany({
    where: {
      projectId,
      shownInList: true,
      status: { not: "blocked" },
      OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: new Date() } }],
    },
    // The database's collation decides where "Černý" sorts, so its order is the reference.
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { name: true },
  });
  return rows.map((row) => row.name);
}

describe("employees.directory (C1)", () => {
  it("a rep with no settings right pages through every active colleague shown in the list", async () => {
    const ivanova = await callerFor(getDb(), "ivanova");
    const persona = await findPersona(getDb(), "ivanova");
    await expect(ivanova.employees.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });

    const all = await readAll(ivanova);

    expect(all.map((entry) => entry.name)).toEqual(await expectedNames(persona.projectId));
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    const petrov = all.find((entry) => entry.name === "Ivan Petrov");
    expect(petrov).toEqual({
      id: (await findPersona(getDb(), "petrov")).id,
      name: "Ivan Petrov",
      position: "Head of sales, Prague",
      department: { id: expect.any(String) as string, name: "Sales Prague" },
    });
    // Nothing a picker does not need: no e-mail, phone, status or access expiry.
    for (const entry of all) {
      expect(Object.keys(entry).sort()).toEqual(["department", "id", "name", "position"]);
    }
  });

  it("blocked, expired and hidden employees are absent; another project's too (E2)", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const blocked = await createRep(getDb);
    const expired = await createRep(getDb);
    const hidden = await createRep(getDb, { shownInList: false });
    const shown = await createRep(getDb);
    await admin.employees.setStatus({
      id: blocked.employee.id,
      version: blocked.employee.version,
      status: "blocked",
    });
    await db.employee.update({
      where: { id: expired.employee.id },
      data: { accessExpiresAt: new Date(Date.now() - 60_000) },
    });
    const b2cAdmin = await findPersona(db, "admin", "charter-b2c");

    const ids = (await readAll(await callerFor(db, "cerny"), undefined, 100)).map(
      (entry) => entry.id,
    );

    expect(ids).toContain(shown.employee.id);
    expect(ids).not.toContain(blocked.employee.id);
    expect(ids).not.toContain(expired.employee.id);
    expect(ids).not.toContain(hidden.employee.id);
    expect(ids).not.toContain(b2cAdmin.id);
  });

  it("search matches name, position or department, literally and case-insensitively", async () => {
    const caller = await callerFor(getDb(), "vesela");

    const byName = await readAll(caller, "petROV");
    const byPosition = await readAll(caller, "invoicing CLERK");
    const byDepartment = await readAll(caller, "sales brno");

    expect(byName.map((entry) => entry.name)).toEqual(["Ivan Petrov"]);
    expect(byPosition.map((entry) => entry.name)).toEqual(["Kateřina Veselá"]);
    expect(byDepartment.length).toBeGreaterThan(1);
    for (const entry of byDepartment) expect(entry.department?.name).toBe("Sales Brno");
    await expect(readAll(caller, "%")).resolves.toEqual([]);
    await expect(readAll(caller, "_")).resolves.toEqual([]);
  });

  it("refuses a forged cursor, an oversized page and unknown fields", async () => {
    const caller = await callerFor(getDb(), "ivanova");

    await expect(caller.employees.directory({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.employees.directory({ limit: 1000 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.employees.directory({ status: "blocked" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
