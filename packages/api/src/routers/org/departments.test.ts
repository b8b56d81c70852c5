import { describe, expect, it } from "vitest";

import { expectRefusal } from "./expect-refusal";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

async function departmentNamed(name: string) {
  const { projectId } = await findPersona(getDb(), "admin");
  return getDb().department.findFirstOrThrow({ where: { projectId, name } });
}

describe("org: the department tree (B1)", () => {
  it("lists the tree in path order with employee counts", async () => {
    const admin = await callerFor(getDb(), "admin");
    const tree = await admin.org.listDepartments({});
    const root = tree[0];
    expect(root).toMatchObject({ name: "Charter Demo", parentId: null });
    const prague = tree.find((department) => department.name === "Sales Prague");
    expect(prague?.path.startsWith(root?.path ?? "?")).toBe(true);
    expect(prague?.employeeCount).toBeGreaterThan(0);
  });

  it("creates, renames and deletes a department, each audited in its transaction", async () => {
    const admin = await callerFor(getDb(), "admin");
    const sales = await departmentNamed("Sales");
    const created = await admin.org.createDepartment({ name: "Sales Ostrava", parentId: sales.id });
    expect(created).toMatchObject({ parentId: sales.id, path: `${sales.path}${created.id}/` });
    const renamed = await admin.org.renameDepartment({
      id: created.id,
      version: created.version,
      name: "Sales Ostrava-Poruba",
    });
    expect(renamed).toMatchObject({ name: "Sales Ostrava-Poruba", version: created.version + 1 });
    await admin.org.deleteDepartment({ id: created.id, version: renamed.version });
    const entries = await getDb().auditEntry.findMany({
      where: { recordId: created.id, resource: "settings.org" },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses a move under its own subtree, naming the departments, and changes nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const sales = await departmentNamed("Sales");
    const brno = await departmentNamed("Sales Brno");
    await expectRefusal(
      admin.org.moveDepartment({ id: sales.id, version: sales.version, parentId: brno.id }),
      "BAD_REQUEST",
      /parentId:.*Sales.*Sales Brno.*cycle/,
    );
    await expectRefusal(
      admin.org.moveDepartment({ id: sales.id, version: sales.version, parentId: sales.id }),
      "BAD_REQUEST",
      /under itself/,
    );
    expect(await departmentNamed("Sales")).toEqual(sales);
  });

  it("lets only one of two opposite moves made at once win, so no cycle appears", async () => {
    const admin = await callerFor(getDb(), "admin");
    const a = await admin.org.createDepartment({ name: "Race A", parentId: null });
    const b = await admin.org.createDepartment({ name: "Race B", parentId: null });
    const results = await Promise.allSettled([
      admin.org.moveDepartment({ id: a.id, version: a.version, parentId: b.id }),
      admin.org.moveDepartment({ id: b.id, version: b.version, parentId: a.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected");
    expect(String(refused?.reason)).toMatch(/parentId: .*(cycle|under itself)/);
    const rows = await getDb().department.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.filter((row) => row.parentId === null)).toHaveLength(1);
  });

  it("re-roots a moved subtree, so the department scope of the new tree reaches its records", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const horakova = await findPersona(db, "horakova");
    const company = await db.company.create({
      data: {
        projectId: horakova.projectId,
        responsibleId: horakova.id,
        name: "Moved with Brno",
      },
    });
    const petrov = await callerFor(db, "petrov");
    await expect(petrov.companies.get({ id: company.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const brno = await departmentNamed("Sales Brno");
    const prague = await departmentNamed("Sales Prague");
    const { permissionVersion: versionBefore } = await db.project.findUniqueOrThrow({
      where: { id: horakova.projectId },
    });
    const moved = await admin.org.moveDepartment({
      id: brno.id,
      version: brno.version,
      parentId: prague.id,
    });
    expect(moved.path).toBe(`${prague.path}${brno.id}/`);
    const project = await db.project.findUniqueOrThrow({ where: { id: horakova.projectId } });
    expect(project.permissionVersion).toBeGreaterThan(versionBefore);
    const stamped = await db.company.findUniqueOrThrow({
      where: { id: company.id },
      select: { department: { select: { path: true } } },
    });
    expect(stamped.department?.path.startsWith(prague.path)).toBe(true);
    // Petrov's key-accounts group sees companies of his department's subtree.
    await expect(petrov.companies.get({ id: company.id })).resolves.toMatchObject({
      id: company.id,
    });

    await admin.org.moveDepartment({
      id: brno.id,
      version: moved.version,
      parentId: brno.parentId,
    });
    expect((await departmentNamed("Sales Brno")).path).toBe(brno.path);
  });

  it("refuses to delete a department with sub-departments or employees", async () => {
    const admin = await callerFor(getDb(), "admin");
    const sales = await departmentNamed("Sales");
    const prague = await departmentNamed("Sales Prague");
    await expectRefusal(
      admin.org.deleteDepartment({ id: sales.id, version: sales.version }),
      "CONFLICT",
      /"Sales" has 2 sub-departments/,
    );
    await expectRefusal(
      admin.org.deleteDepartment({ id: prague.id, version: prague.version }),
      "CONFLICT",
      /"Sales Prague" has \d+ employees/,
    );
    expect(await departmentNamed("Sales")).toEqual(sales);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const finance = await departmentNamed("Finance");
    await expect(
      admin.org.renameDepartment({ id: finance.id, version: finance.version + 1, name: "Money" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      admin.org.moveDepartment({ id: finance.id, version: finance.version + 1, parentId: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await departmentNamed("Finance")).toEqual(finance);
  });

  it("keeps the org settings from a sales representative, and refuses extra input keys", async () => {
    const rep = await callerFor(getDb(), "ivanova");
    await expect(rep.org.listDepartments({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rep.org.createDepartment({ name: "Mine", parentId: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = await callerFor(getDb(), "admin");
    const other = await getDb().department.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expect(
      admin.org.renameDepartment({ id: other.id, version: other.version, name: "Taken over" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      admin.org.createDepartment({
        name: "Smuggled",
        parentId: null,
        // @ts-expect-error: strict input refuses a project id
        projectId: other.projectId,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
