import { describe, expect, it } from "vitest";

import { callerFor, DEMO_B2B, findPersona, useSeededDatabase } from "../../testing/personas";
import { containing, expectRefusal, lastAudit } from "./roles-test-kit";

const getDb = useSeededDatabase();

/** A role of the B2B project held by new employees with these names, written directly. */
async function roleHeldBy(names: string[]) {
  const db = getDb();
  const petrov = await findPersona(db, "petrov");
  const role = await db.role.create({
    data: { projectId: petrov.projectId, name: `Holders ${crypto.randomUUID().slice(0, 8)}` },
  });
  for (const name of names) {
    const user = await db.user.create({
      data: { email: `holder-${crypto.randomUUID()}@example.test`, name, passwordHash: "-" },
    });
    const employee = await db.employee.create({
      data: {
        projectId: petrov.projectId,
        userId: user.id,
        name,
        userType: "employee",
        managerId: petrov.id,
      },
    });
    await db.roleAssignment.create({ data: { roleId: role.id, employeeId: employee.id } });
  }
  return role;
}

describe("roles.holders: who holds a role, a page at a time", () => {
  it("pages by name (same names by id): every holder once, none skipped, with the total", async () => {
    const names = ["Zuzana Malá", "Adam Beneš", "Jan Novák", "Jan Novák", "Eva Malá"];
    const role = await roleHeldBy(names);
    const admin = await callerFor(getDb(), "admin");

    const seen: { name: string; employeeId: string }[] = [];
    const totals: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await admin.roles.holders({
        roleId: role.id,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      totals.push(page.total);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(3);
    expect(totals).toEqual([5, 5, 5]);
    expect(seen.map((holder) => holder.name)).toEqual(
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    expect(new Set(seen.map((holder) => holder.employeeId)).size).toBe(5);
    const twins = seen.filter((holder) => holder.name === "Jan Novák").map((h) => h.employeeId);
    expect(twins).toEqual([...twins].sort());
    // One page holds them all when it may.
    await expect(admin.roles.holders({ roleId: role.id })).resolves.toMatchObject({
      total: 5,
      nextCursor: null,
      items: seen.map((holder) => containing({ employeeId: holder.employeeId })),
    });
  });

  it("is read with the right to view roles: refused like roles.get, and another project's role is missing", async () => {
    const db = getDb();
    const role = await roleHeldBy(["Karel Dvořák"]);
    const ivanova = await callerFor(db, "ivanova");
    const get = await ivanova.roles.get({ id: role.id }).catch((error: unknown) => error);
    const holders = await ivanova.roles
      .holders({ roleId: role.id })
      .catch((error: unknown) => error);
    expect(get).toMatchObject({ code: "FORBIDDEN" });
    expect(holders).toMatchObject({ code: "FORBIDDEN", message: (get as Error).message });

    const otherRole = await db.role.findFirstOrThrow({
      where: { project: { slug: { not: DEMO_B2B } } },
    });
    const admin = await callerFor(db, "admin");
    await expectRefusal(admin.roles.holders({ roleId: otherRole.id }), "NOT_FOUND", /role/);
    await expectRefusal(
      admin.roles.holders({ roleId: role.id, cursor: "not-a-cursor" }),
      "BAD_REQUEST",
      /cursor/,
    );
  });

  it("a deleted role's audit entry still names who held it (expired assignments only)", async () => {
    const db = getDb();
    const role = await roleHeldBy(["Olga Expired"]);
    await db.roleAssignment.updateMany({
      where: { roleId: role.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const admin = await callerFor(db, "admin");
    await admin.roles.delete({ id: role.id, version: role.version });
    expect(await lastAudit(db, role.id, "delete")).toMatchObject({
      before: containing({
        holders: [containing({ name: "Olga Expired", active: false })],
      }),
    });
  });
});
