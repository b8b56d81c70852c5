// PERMISSIONS.md: a change to a role, group, override, manager, department or status
// changes the next request's decisions. The database bumps the project's
// permissionVersion with every such change, in the same transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../seed";
import { useTestDatabase } from "../testing/use-test-database";

describe("Project.permissionVersion", () => {
  const db = useTestDatabase();
  let projectId: string;

  beforeAll(async () => {
    await seedDatabase(db(), { now: new Date("2026-11-01T09:00:00Z") });
    projectId = (await db().project.findUniqueOrThrow({ where: { slug: "charter-b2b" } })).id;
  });

  const version = async (): Promise<number> =>
    (await db().project.findUniqueOrThrow({ where: { id: projectId } })).permissionVersion;
  const employee = (email: string) =>
    db().employee.findFirstOrThrow({ where: { projectId, user: { email } } });
  const bumps = async (change: () => Promise<unknown>): Promise<number> => {
    const before = await version();
    await change();
    return (await version()) - before;
  };

  it("moves with every change a decision reads", async () => {
    const rep = await employee("ivanova@demo.charter.test");
    const otherHead = await employee("dvorakova@demo.charter.test");
    const role = await db().role.findFirstOrThrow({
      where: { projectId, templateKey: "telephonist" },
    });
    const group = await db().crmGroup.findFirstOrThrow({
      where: { projectId, name: "Key accounts" },
    });
    const telephonist = await employee("cerny@demo.charter.test");
    const department = await db().department.findFirstOrThrow({
      where: { projectId, name: "Sales Prague" },
    });
    const finance = await db().department.findFirstOrThrow({
      where: { projectId, name: "Finance" },
    });
    const root = await db().department.findFirstOrThrow({ where: { projectId, parentId: null } });
    const section = await db().section.findFirstOrThrow({ where: { projectId, isDefault: false } });

    const changes: [string, () => Promise<unknown>][] = [
      [
        "role renamed",
        () => db().role.update({ where: { id: role.id }, data: { readOnly: true } }),
      ],
      [
        "grant added",
        () =>
          db().grant.create({
            data: { roleId: role.id, resource: "deal", action: "view", scope: "own" },
          }),
      ],
      [
        "group grant added",
        () =>
          db().grant.create({
            data: { groupId: group.id, resource: "deal", action: "view", scope: "department" },
          }),
      ],
      [
        "role assigned",
        () => db().roleAssignment.create({ data: { employeeId: rep.id, roleId: role.id } }),
      ],
      [
        "group member added",
        () =>
          db().crmGroupMember.create({ data: { groupId: group.id, employeeId: telephonist.id } }),
      ],
      [
        "override added",
        () =>
          db().permissionOverride.create({
            data: { employeeId: rep.id, resource: "deal", action: "delete", effect: "deny" },
          }),
      ],
      [
        "manager changed",
        () => db().employee.update({ where: { id: rep.id }, data: { managerId: otherHead.id } }),
      ],
      [
        "department changed",
        () => db().employee.update({ where: { id: rep.id }, data: { departmentId: finance.id } }),
      ],
      [
        "blocked",
        () => db().employee.update({ where: { id: rep.id }, data: { status: "blocked" } }),
      ],
      [
        "access expiry set",
        () =>
          db().employee.update({
            where: { id: rep.id },
            data: { accessExpiresAt: new Date("2030-01-01T00:00:00Z") },
          }),
      ],
      [
        "department moved",
        () => db().department.update({ where: { id: department.id }, data: { parentId: root.id } }),
      ],
      [
        "IP range added",
        () =>
          db().allowedIpRange.create({
            data: { projectId, fromIp: "192.0.2.0", toIp: "192.0.2.255" },
          }),
      ],
      [
        "section limited to a group",
        () => db().sectionGroup.create({ data: { sectionId: section.id, groupId: group.id } }),
      ],
    ];
    for (const [name, change] of changes) {
      expect({ name, bumped: (await bumps(change)) > 0 }).toEqual({ name, bumped: true });
    }
  });

  it("stays put for changes no decision reads", async () => {
    const rep = await employee("horakova@demo.charter.test");
    const company = await db().company.findFirstOrThrow({ where: { projectId } });
    expect(
      await bumps(() =>
        db().employee.update({
          where: { id: rep.id },
          data: { phone: "+420 600 000 000", position: "Senior sales representative" },
        }),
      ),
    ).toBe(0);
    expect(
      await bumps(() =>
        db().company.update({ where: { id: company.id }, data: { name: "Renamed s.r.o." } }),
      ),
    ).toBe(0);
  });

  it("rolls back with the change that caused it", async () => {
    const role = await db().role.findFirstOrThrow({ where: { projectId, templateKey: "tester" } });
    const before = await version();
    await expect(
      db().$transaction(async (tx) => {
        await tx.grant.create({
          data: { roleId: role.id, resource: "deal", action: "view", scope: "project" },
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await version()).toBe(before);
  });
});
