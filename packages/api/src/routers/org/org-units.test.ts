import { describe, expect, it } from "vitest";

import { expectRefusal } from "./expect-refusal";
import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("org: branches (B2)", () => {
  it("lets the Admin add, update and delete a branch, audited", async () => {
    const admin = await callerFor(getDb(), "admin");
    const branch = await admin.org.createBranch({ name: "Ostrava", city: "Ostrava" });
    expect(branch).toMatchObject({ name: "Ostrava", city: "Ostrava", employeeCount: 0 });
    const updated = await admin.org.updateBranch({
      id: branch.id,
      version: branch.version,
      address: "Nádražní 1",
    });
    expect(updated).toMatchObject({ address: "Nádražní 1", version: branch.version + 1 });
    expect((await admin.org.listBranches({})).map((b) => b.name)).toContain("Ostrava");
    await admin.org.deleteBranch({ id: branch.id, version: updated.version });
    const actions = await getDb().auditEntry.findMany({
      where: { recordId: branch.id, resource: "settings.org" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual(["create", "delete", "update"]);
  });

  it("refuses a duplicate name, a branch in use, and a stale version, changing nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const branches = await admin.org.listBranches({});
    const prague = branches.find((b) => b.name === "Prague");
    if (!prague) throw new Error("the seed has a Prague branch");
    await expectRefusal(
      admin.org.createBranch({ name: "Prague" }),
      "CONFLICT",
      /name: "Prague" is already used/,
    );
    await expectRefusal(
      admin.org.deleteBranch({ id: prague.id, version: prague.version }),
      "CONFLICT",
      /"Prague" has \d+ employees/,
    );
    await expect(
      admin.org.updateBranch({ id: prague.id, version: prague.version + 1, name: "Praha" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await admin.org.listBranches({})).toEqual(branches);
  });
});

describe("org: sales directions (B3)", () => {
  it("keeps each code unique and a direction in use undeletable", async () => {
    const admin = await callerFor(getDb(), "admin");
    const created = await admin.org.createDirection({ code: "CONS", name: "Consulting" });
    await expectRefusal(
      admin.org.createDirection({ code: "SW", name: "Again" }),
      "CONFLICT",
      /code: "SW" is already used/,
    );
    await expectRefusal(
      admin.org.updateDirection({ id: created.id, version: created.version, code: "HW" }),
      "CONFLICT",
      /code: "HW"/,
    );
    await expect(admin.org.createDirection({ code: "no spaces", name: "X" })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );

    const software = (await admin.org.listDirections({})).find((d) => d.code === "SW");
    if (!software) throw new Error("the seed has direction SW");
    await expectRefusal(
      admin.org.deleteDirection({ id: software.id, version: software.version }),
      "CONFLICT",
      /still used by/,
    );
    await admin.org.deleteDirection({ id: created.id, version: created.version });
    expect((await admin.org.listDirections({})).map((d) => d.code)).not.toContain("CONS");
  });
});

describe("org: work groups (B4)", () => {
  it("keeps members with their role in the group, audited", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const group = await admin.org.createWorkGroup({ name: "CRM rollout" });
    await admin.org.setWorkGroupMember({
      workGroupId: group.id,
      employeeId: ivanova.id,
      memberRole: "project manager",
    });
    await admin.org.setWorkGroupMember({
      workGroupId: group.id,
      employeeId: cerny.id,
      memberRole: "tester",
    });
    const changed = await admin.org.setWorkGroupMember({
      workGroupId: group.id,
      employeeId: cerny.id,
      memberRole: "programmer",
    });
    expect(changed.members).toEqual([
      expect.objectContaining({ employeeId: ivanova.id, memberRole: "project manager" }),
      expect.objectContaining({ employeeId: cerny.id, memberRole: "programmer" }),
    ]);
    const removed = await admin.org.removeWorkGroupMember({
      workGroupId: group.id,
      employeeId: ivanova.id,
    });
    expect(removed.members.map((m) => m.employeeId)).toEqual([cerny.id]);
    const entries = await db.auditEntry.count({
      where: { recordId: group.id, resource: "settings.org" },
    });
    expect(entries).toBe(5);
  });

  it("refuses another project's employee, a stale version and a sales representative", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const group = await admin.org.createWorkGroup({ name: "Testers", description: "QA" });
    const outsider = await db.employee.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expectRefusal(
      admin.org.setWorkGroupMember({
        workGroupId: group.id,
        employeeId: outsider.id,
        memberRole: null,
      }),
      "BAD_REQUEST",
      /employeeId:/,
    );
    await expect(
      admin.org.updateWorkGroup({ id: group.id, version: group.version + 1, name: "QA" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const rep = await callerFor(db, "ivanova");
    await expect(rep.org.listWorkGroups({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      rep.org.deleteWorkGroup({ id: group.id, version: group.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.workGroup.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({
      name: "Testers",
      version: group.version,
    });
  });
});
