import { describe, expect, it } from "vitest";

import { callerFor, DEMO_B2B, findPersona, useSeededDatabase } from "../../testing/personas";
import {
  accessSnapshot,
  containing,
  createRep,
  expectRefusal,
  lastAudit,
} from "../roles/roles-test-kit";

const getDb = useSeededDatabase();

async function contactsOfProject() {
  return getDb().contact.count({ where: { project: { slug: DEMO_B2B } } });
}

describe("groups: CRM groups (D3)", () => {
  it("lists the seeded groups with their managers, and gets members and grants", async () => {
    const admin = await callerFor(getDb(), "admin");
    const groups = await admin.groups.list({});
    const keyAccounts = groups.find((group) => group.name === "Key accounts");
    expect(keyAccounts).toMatchObject({
      memberCount: 3,
      managers: [containing({ name: "Ivan Petrov" })],
    });
    const read = await admin.groups.get({ id: keyAccounts?.id ?? "" });
    expect(read.members[0]).toMatchObject({ name: "Ivan Petrov", isManager: true });
    expect(read.grants.map((grant) => `${grant.resource}:${grant.action}:${grant.scope}`)).toEqual([
      "company:view:department",
      "deal:view:department",
    ]);
  });

  it("creates a group with its managers, renames it at its version, audited", async () => {
    const admin = await callerFor(getDb(), "admin");
    const lead = await createRep(getDb());
    const group = await admin.groups.create({ name: "Fair team", managerIds: [lead.id] });
    expect(group.members).toEqual([containing({ employeeId: lead.id, isManager: true })]);
    expect(await lastAudit(getDb(), group.id, "create")).toMatchObject({
      resource: "settings.roles",
      after: containing({ name: "Fair team" }),
    });
    const renamed = await admin.groups.update({
      id: group.id,
      version: group.version,
      name: "Trade fair team",
    });
    expect(renamed).toMatchObject({ name: "Trade fair team", version: 2 });
    expect(await lastAudit(getDb(), group.id, "update")).toMatchObject({
      before: containing({ name: "Fair team" }),
      after: containing({ name: "Trade fair team" }),
    });
    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.groups.update({ id: group.id, version: group.version, name: "Late" }),
      "CONFLICT",
      /changed this group/,
    );
    await expectRefusal(
      admin.groups.create({ name: "Trade fair team", managerIds: [lead.id] }),
      "CONFLICT",
      /name: "Trade fair team"/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("refuses a group without a manager, or with a manager from elsewhere", async () => {
    const admin = await callerFor(getDb(), "admin");
    const elsewhere = await getDb().employee.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expectRefusal(
      admin.groups.create({ name: "Nobody's", managerIds: [] }),
      "BAD_REQUEST",
      /at least one manager/,
    );
    await expectRefusal(
      admin.groups.create({ name: "Foreign", managerIds: [elsewhere.id] }),
      "BAD_REQUEST",
      /managerIds\[0\]: no employee of this project/,
    );
  });

  it("keeps the last manager: neither removed nor made a plain member; another first", async () => {
    const admin = await callerFor(getDb(), "admin");
    const [lead, member] = [await createRep(getDb()), await createRep(getDb())];
    const group = await admin.groups.create({ name: "Pilot", managerIds: [lead.id] });
    await admin.groups.setMember({ groupId: group.id, employeeId: member.id, isManager: false });

    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.groups.removeMember({ groupId: group.id, employeeId: lead.id }),
      "CONFLICT",
      new RegExp(`${lead.name} is the last manager of group Pilot`),
    );
    await expectRefusal(
      admin.groups.setMember({ groupId: group.id, employeeId: lead.id, isManager: false }),
      "CONFLICT",
      /last manager/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);

    await admin.groups.setMember({ groupId: group.id, employeeId: member.id, isManager: true });
    const after = await admin.groups.removeMember({ groupId: group.id, employeeId: lead.id });
    expect(after.members).toEqual([containing({ employeeId: member.id, isManager: true })]);
    expect(await lastAudit(getDb(), group.id, "remove_member")).toMatchObject({
      before: containing({ employeeId: lead.id, isManager: true }),
    });
    expect(await lastAudit(getDb(), group.id, "set_member")).toMatchObject({
      before: containing({ employeeId: member.id, isManager: false }),
      after: containing({ employeeId: member.id, isManager: true }),
    });
  });

  it("gives its grants to every member at their next request, and takes them back", async () => {
    const admin = await callerFor(getDb(), "admin");
    const [lead, member] = [await createRep(getDb()), await createRep(getDb())];
    const group = await admin.groups.create({ name: "Contact sharers", managerIds: [lead.id] });
    const caller = await callerFor(getDb(), member.email);
    expect(await caller.contacts.count({})).toEqual({ count: 0 });

    const grant = await admin.groups.addGrant({
      groupId: group.id,
      resource: "contact",
      action: "view",
      scope: "project",
    });
    expect(await caller.contacts.count({})).toEqual({ count: 0 });
    await admin.groups.setMember({ groupId: group.id, employeeId: member.id, isManager: false });
    expect(await caller.contacts.count({})).toEqual({ count: await contactsOfProject() });

    await admin.groups.removeGrant({ id: grant.id, version: grant.version });
    expect(await caller.contacts.count({})).toEqual({ count: 0 });
    expect(await lastAudit(getDb(), group.id, "remove_grant")).toMatchObject({
      before: containing({ id: grant.id, group: "Contact sharers" }),
    });
  });

  it.each([
    [
      "a right on settings",
      { resource: "settings.roles", action: "edit", scope: "project" },
      /resource: A group carries rights on records only .*through a role/,
    ],
    [
      "scope none, which adds nothing",
      { resource: "deal", action: "view", scope: "none" },
      /scope: A group only adds rights/,
    ],
    [
      "a condition the engine cannot read",
      {
        resource: "activity",
        action: "view",
        scope: "project",
        condition: { op: "eq", path: "kind", value: "fax" },
      },
      /condition.value: kind is one of call, meeting, note, email; "fax" does not fit/,
    ],
  ])("refuses a group grant with %s, naming the field", async (_what, grant, message) => {
    const admin = await callerFor(getDb(), "admin");
    const group = await getDb().crmGroup.findFirstOrThrow({
      where: { project: { slug: DEMO_B2B }, name: "Call monitoring" },
    });
    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.groups.addGrant({ groupId: group.id, ...grant }),
      "BAD_REQUEST",
      message,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("changes a group grant at its version, refusing a stale one", async () => {
    const admin = await callerFor(getDb(), "admin");
    const group = await getDb().crmGroup.findFirstOrThrow({
      where: { project: { slug: DEMO_B2B }, name: "Call monitoring" },
      include: { grants: true },
    });
    const [grant] = group.grants;
    if (!grant) throw new Error("The seed gives Call monitoring a grant.");
    const changed = await admin.groups.updateGrant({
      id: grant.id,
      version: grant.version,
      condition: { op: "in", path: "kind", values: ["call", "meeting"] },
    });
    expect(changed).toMatchObject({ version: grant.version + 1, scope: "project" });
    await expectRefusal(
      admin.groups.updateGrant({ id: grant.id, version: grant.version, scope: "department" }),
      "CONFLICT",
    );
    await admin.groups.updateGrant({
      id: grant.id,
      version: changed.version,
      condition: { op: "eq", path: "kind", value: "call" },
    });
  });

  it("deletes a group with its members and grants, but not while it limits a section", async () => {
    const admin = await callerFor(getDb(), "admin");
    const lead = await createRep(getDb());
    const group = await admin.groups.create({ name: "Short-lived", managerIds: [lead.id] });
    await admin.groups.addGrant({
      groupId: group.id,
      resource: "deal",
      action: "view",
      scope: "department",
    });
    const project = await getDb().project.findFirstOrThrow({ where: { slug: DEMO_B2B } });
    const section = await getDb().section.create({
      data: {
        projectId: project.id,
        kind: "company",
        name: "Board notes",
        limitedToGroups: { create: { groupId: group.id } },
      },
    });

    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.groups.delete({ id: group.id, version: group.version }),
      "CONFLICT",
      /limits section Board notes.*so they do not open to everyone/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);

    await getDb().section.delete({ where: { id: section.id } });
    await admin.groups.delete({ id: group.id, version: group.version });
    expect(await getDb().crmGroup.findUnique({ where: { id: group.id } })).toBeNull();
    expect(await getDb().crmGroupMember.count({ where: { groupId: group.id } })).toBe(0);
    expect(await getDb().grant.count({ where: { groupId: group.id } })).toBe(0);
    expect(await lastAudit(getDb(), group.id, "delete")).toMatchObject({
      before: containing({
        members: [containing({ employeeId: lead.id })],
        grants: [containing({ resource: "deal" })],
      }),
    });
  });

  it("refuses the Director changes to groups they belong to, or that an Admin belongs to", async () => {
    const director = await callerFor(getDb(), "director");
    const admin = await callerFor(getDb(), "admin");
    const [me, theAdmin] = [
      await findPersona(getDb(), "director"),
      await findPersona(getDb(), "admin"),
    ];
    const lead = await createRep(getDb());
    const group = await admin.groups.create({ name: "Directors' circle", managerIds: [lead.id] });

    const before = await accessSnapshot(getDb());
    for (const [employeeId, rule] of [
      [me.id, "change-own-access"],
      [theAdmin.id, "change-admin"],
    ] as const) {
      const refusal = await expectRefusal(
        director.groups.setMember({ groupId: group.id, employeeId, isManager: false }),
        "FORBIDDEN",
        /only an Admin may change/,
      );
      expect(refusal).toMatchObject({ details: { rule } });
    }
    await expectRefusal(
      director.groups.create({ name: "Mine", managerIds: [me.id] }),
      "FORBIDDEN",
      /your own access/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);

    // Once they are a member, the group's grants are their own access too.
    await admin.groups.setMember({ groupId: group.id, employeeId: me.id, isManager: false });
    await expectRefusal(
      director.groups.addGrant({
        groupId: group.id,
        resource: "deal",
        action: "view",
        scope: "project",
      }),
      "FORBIDDEN",
      /your own access/,
    );
    // Renaming changes no one's access.
    await director.groups.update({ id: group.id, version: group.version, description: "Board" });
  });

  it("answers another project's group as missing, and keeps groups from an Employee", async () => {
    const admin = await callerFor(getDb(), "admin");
    const ivanova = await callerFor(getDb(), "ivanova");
    const other = await getDb().crmGroup.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expectRefusal(admin.groups.get({ id: other.id }), "NOT_FOUND");
    await expectRefusal(admin.groups.delete({ id: other.id, version: other.version }), "NOT_FOUND");
    await expectRefusal(ivanova.groups.list({}), "FORBIDDEN");
  });
});
