// The rules the migrations add beyond Prisma's reach (triggers and CHECKs), exercised
// through the Prisma client the app uses.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/use-test-database";

describe("database rules", () => {
  const db = useTestDatabase();
  let projectId: string;
  let counter = 0;

  const user = async (): Promise<string> =>
    (
      await db().user.create({
        data: { email: `u${++counter}@rules.test`, name: `U${counter}`, passwordHash: "x" },
      })
    ).id;
  const employee = async (
    userType: "admin" | "administration" | "employee",
    managerId?: string,
    departmentId?: string,
  ) =>
    db().employee.create({
      data: {
        projectId,
        userId: await user(),
        name: `E${counter}`,
        userType,
        managerId,
        departmentId,
      },
    });

  beforeAll(async () => {
    projectId = (await db().project.create({ data: { slug: "rules", name: "Rules" } })).id;
  });

  it("fixes the user type at creation (C2)", async () => {
    const admin = await employee("admin");
    await expect(
      db().employee.update({ where: { id: admin.id }, data: { userType: "employee" } }),
    ).rejects.toThrow(/user type is chosen at creation/);
  });

  it("gives an Employee exactly one Administration responsible, and an Administration user an Admin (C2)", async () => {
    const admin = await employee("admin");
    const head = await employee("administration", admin.id);
    const rep = await employee("employee", head.id);
    await expect(employee("employee")).rejects.toThrow(
      /must have a responsible Administration user/,
    );
    await expect(employee("employee", rep.id)).rejects.toThrow(/must be an Administration user/);
    await expect(employee("employee", admin.id)).rejects.toThrow(/must be an Administration user/);
    await expect(employee("administration", head.id)).rejects.toThrow(/must be an Admin/);
    await expect(employee("admin", admin.id)).rejects.toThrow(/An Admin has no responsible/);
  });

  it("keeps managerPath right through moves", async () => {
    const admin = await employee("admin");
    const first = await employee("administration", admin.id);
    const second = await employee("administration", admin.id);
    const rep = await employee("employee", first.id);
    expect(rep.managerPath).toBe(`/${admin.id}/${first.id}/${rep.id}/`);
    await db().employee.update({ where: { id: rep.id }, data: { managerId: second.id } });
    expect((await db().employee.findUniqueOrThrow({ where: { id: rep.id } })).managerPath).toBe(
      `/${admin.id}/${second.id}/${rep.id}/`,
    );
    await db().employee.update({ where: { id: second.id }, data: { managerId: null } });
    expect((await db().employee.findUniqueOrThrow({ where: { id: rep.id } })).managerPath).toBe(
      `/${second.id}/${rep.id}/`,
    );
  });

  it("refuses department cycles and re-roots subtrees on a move (B1)", async () => {
    const root = await db().department.create({ data: { projectId, name: "Root" } });
    const sales = await db().department.create({
      data: { projectId, name: "Sales", parentId: root.id },
    });
    const team = await db().department.create({
      data: { projectId, name: "Team", parentId: sales.id },
    });
    await expect(
      db().department.update({ where: { id: root.id }, data: { parentId: team.id } }),
    ).rejects.toThrow(/cannot be moved under itself/);
    await expect(
      db().department.update({ where: { id: sales.id }, data: { parentId: sales.id } }),
    ).rejects.toThrow(/cannot be moved under itself/);
    const other = await db().department.create({ data: { projectId, name: "Other" } });
    await db().department.update({ where: { id: sales.id }, data: { parentId: other.id } });
    expect((await db().department.findUniqueOrThrow({ where: { id: team.id } })).path).toBe(
      `/${other.id}/${sales.id}/${team.id}/`,
    );
  });

  it("stamps records with their responsible's department and follows department changes", async () => {
    const north = await db().department.create({ data: { projectId, name: "North" } });
    const south = await db().department.create({ data: { projectId, name: "South" } });
    const admin = await employee("admin");
    const head = await employee("administration", admin.id, north.id);
    const company = await db().company.create({
      data: { projectId, name: "Acme", responsibleId: head.id, departmentId: south.id },
    });
    expect(company.departmentId).toBe(north.id);
    await db().employee.update({ where: { id: head.id }, data: { departmentId: south.id } });
    expect((await db().company.findUniqueOrThrow({ where: { id: company.id } })).departmentId).toBe(
      south.id,
    );
  });

  it("refuses a responsible from another project", async () => {
    const otherProject = await db().project.create({ data: { slug: "other", name: "Other" } });
    const stranger = await db().employee.create({
      data: {
        projectId: otherProject.id,
        userId: await user(),
        name: "Stranger",
        userType: "admin",
      },
    });
    await expect(
      db().company.create({ data: { projectId, name: "Acme", responsibleId: stranger.id } }),
    ).rejects.toThrow(/must work in the record's project/);
  });

  it("never changes a custom field's type (F2)", async () => {
    const section = await db().section.create({
      data: { projectId, kind: "company", name: "Extra" },
    });
    const field = await db().customField.create({
      data: { projectId, sectionId: section.id, key: "size", label: "Size", type: "number" },
    });
    await expect(
      db().customField.update({ where: { id: field.id }, data: { type: "text" } }),
    ).rejects.toThrow(/type cannot change/);
    await expect(
      db().customField.update({ where: { id: field.id }, data: { label: "Headcount" } }),
    ).resolves.toMatchObject({ label: "Headcount" });
  });

  it("gives a grant exactly one holder", async () => {
    await expect(
      db().grant.create({ data: { resource: "deal", action: "view", scope: "own" } }),
    ).rejects.toThrow(/Grant_one_holder/);
  });

  it("keeps the audit log append-only (E3)", async () => {
    const entry = await db().auditEntry.create({
      data: { projectId, action: "create", resource: "company" },
    });
    await expect(
      db().auditEntry.update({ where: { id: entry.id }, data: { action: "delete" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().auditEntry.count()).resolves.toBe(1);
  });
});
