// The database knows exactly the engine's resources and actions: every one of them can be
// saved in a grant or an override, and nothing else can.
import { ACTIONS, RESOURCES } from "@charter/core/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/use-test-database";

describe("permission vocabulary in the database", () => {
  const db = useTestDatabase();
  let roleId: string;
  let employeeId: string;

  beforeAll(async () => {
    const project = await db().project.create({ data: { slug: "vocabulary", name: "Vocabulary" } });
    roleId = (await db().role.create({ data: { projectId: project.id, name: "Everything" } })).id;
    const user = await db().user.create({
      data: { email: "v@vocabulary.test", name: "V", passwordHash: "-" },
    });
    employeeId = (
      await db().employee.create({
        data: { projectId: project.id, userId: user.id, name: "V", userType: "admin" },
      })
    ).id;
  });

  it("accepts every resource and action the engine knows", async () => {
    const pairs = RESOURCES.flatMap((resource) => ACTIONS.map((action) => ({ resource, action })));
    await db().grant.createMany({
      data: pairs.map((pair) => ({ roleId, scope: "project", ...pair })),
    });
    await db().permissionOverride.createMany({
      data: pairs.map((pair) => ({ employeeId, effect: "deny", ...pair })),
    });
    expect(await db().grant.count({ where: { roleId } })).toBe(RESOURCES.length * ACTIONS.length);
  });

  it("refuses a resource or an action it does not know", async () => {
    await expect(
      db().grant.create({ data: { roleId, resource: "deals", action: "view", scope: "own" } }),
    ).rejects.toThrow(/Grant_known_resource/);
    await expect(
      db().grant.create({ data: { roleId, resource: "deal", action: "read", scope: "own" } }),
    ).rejects.toThrow(/Grant_known_action/);
    await expect(
      db().permissionOverride.create({
        data: { employeeId, resource: "deal", action: "approve", effect: "allow" },
      }),
    ).rejects.toThrow(/PermissionOverride_known_action/);
    await expect(
      db().fieldRule.create({
        data: { roleId, resource: "opportunity", field: "amount", access: "hidden" },
      }),
    ).rejects.toThrow(/FieldRule_known_resource/);
  });
});
