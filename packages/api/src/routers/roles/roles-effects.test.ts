import { describe, expect, it } from "vitest";

import { callerFor, DEMO_B2B, findPersona, useSeededDatabase } from "../../testing/personas";
import {
  accessSnapshot,
  containing,
  createRep,
  expectRefusal,
  lastAudit,
  seededRole,
} from "./roles-test-kit";

const getDb = useSeededDatabase();

async function projectCount(model: "company" | "contact", where: object = {}) {
  const project = { slug: DEMO_B2B };
  return model === "company"
    ? getDb().company.count({ where: { project, ...where } })
    : getDb().contact.count({ where: { project, ...where } });
}

async function permissionVersion() {
  const project = await getDb().project.findFirstOrThrow({ where: { slug: DEMO_B2B } });
  return project.permissionVersion;
}

describe("roles: what a change does to the holders", () => {
  it("D1: an employee holding two roles gets the union of their rights", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const companies = await admin.roles.create({ name: "Company reader" });
    await admin.roles.addGrant({
      roleId: companies.id,
      resource: "company",
      action: "view",
      scope: "project",
    });
    // This role refuses contacts outright: scope none speaks for (contact, view).
    await admin.roles.addGrant({
      roleId: companies.id,
      resource: "contact",
      action: "view",
      scope: "none",
    });
    const contacts = await admin.roles.create({ name: "Contact reader" });
    await admin.roles.addGrant({
      roleId: contacts.id,
      resource: "contact",
      action: "view",
      scope: "project",
    });

    await admin.roles.assign({ roleId: companies.id, employeeId: rep.id });
    const caller = await callerFor(getDb(), rep.email);
    expect(await caller.companies.count({})).toEqual({ count: await projectCount("company") });
    await expectRefusal(caller.contacts.count({}), "FORBIDDEN");

    await admin.roles.assign({ roleId: contacts.id, employeeId: rep.id });
    expect(await caller.contacts.count({})).toEqual({ count: await projectCount("contact") });
    expect(await caller.companies.count({})).toEqual({ count: await projectCount("company") });
  });

  it("D4: a deny override beats every grant; with a condition, only where it holds", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const reader = await admin.roles.create({ name: "All companies" });
    await admin.roles.addGrant({
      roleId: reader.id,
      resource: "company",
      action: "view",
      scope: "project",
    });
    await admin.roles.assign({ roleId: reader.id, employeeId: rep.id });
    const caller = await callerFor(getDb(), rep.email);
    const all = await projectCount("company");
    const partners = await projectCount("company", { isPartner: true });
    expect(partners).toBeGreaterThan(0);

    const partial = await admin.roles.addOverride({
      employeeId: rep.id,
      resource: "company",
      action: "view",
      effect: "deny",
      condition: { op: "eq", path: "isPartner", value: true },
      note: "Partners are handled by the channel team.",
    });
    expect(await caller.companies.count({})).toEqual({ count: all - partners });

    const total = await admin.roles.addOverride({
      employeeId: rep.id,
      resource: "company",
      action: "view",
      effect: "deny",
    });
    const refusal = await expectRefusal(caller.companies.list({}), "FORBIDDEN");
    expect(refusal).toMatchObject({ details: { rule: "deny-override" } });

    const listed = await admin.roles.listOverrides({ employeeId: rep.id });
    expect(listed.map((override) => override.id).sort()).toEqual([partial.id, total.id].sort());
    expect(listed[0]).toMatchObject({ effect: "deny", employeeId: rep.id });
    expect(await lastAudit(getDb(), rep.id, "add_override")).toMatchObject({
      resource: "settings.roles",
      after: containing({ id: total.id, effect: "deny", resource: "company" }),
    });
  });

  it("refuses an override the engine cannot read, naming the field", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.roles.addOverride({
        employeeId: rep.id,
        resource: "company",
        action: "view",
        effect: "maybe",
      }),
      "BAD_REQUEST",
      /effect: Unknown effect "maybe"; use allow or deny/,
    );
    await expectRefusal(
      admin.roles.addOverride({
        employeeId: rep.id,
        resource: "contact",
        action: "delete",
        effect: "allow",
        condition: { op: "eq", path: "company.colour", value: "red" },
      }),
      "BAD_REQUEST",
      /condition.path: Unknown path "company.colour" on contact/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("takes effect at the very next request: ivanova loses the company list when denied it", async () => {
    const admin = await callerFor(getDb(), "admin");
    const ivanova = await findPersona(getDb(), "ivanova");
    const caller = await callerFor(getDb(), "ivanova");
    expect((await caller.companies.list({ limit: 5 })).items.length).toBeGreaterThan(0);
    const version = await permissionVersion();

    const deny = await admin.roles.addOverride({
      employeeId: ivanova.id,
      resource: "company",
      action: "view",
      effect: "deny",
    });
    expect(await permissionVersion()).toBeGreaterThan(version);
    await expectRefusal(caller.companies.list({ limit: 5 }), "FORBIDDEN");

    await admin.roles.removeOverride({ id: deny.id, version: deny.version });
    expect((await caller.companies.list({ limit: 5 })).items.length).toBeGreaterThan(0);
    expect(await lastAudit(getDb(), ivanova.id, "remove_override")).toMatchObject({
      before: containing({ id: deny.id }),
    });
  });

  it("takes effect at once when a grant of a held role changes, and when the role is taken away", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const role = await admin.roles.create({ name: "Readers of partners" });
    const grant = await admin.roles.addGrant({
      roleId: role.id,
      resource: "company",
      action: "view",
      scope: "project",
      condition: { op: "eq", path: "isPartner", value: true },
    });
    const assignment = await admin.roles.assign({ roleId: role.id, employeeId: rep.id });
    const caller = await callerFor(getDb(), rep.email);
    expect(await caller.companies.count({})).toEqual({
      count: await projectCount("company", { isPartner: true }),
    });

    await admin.roles.updateGrant({ id: grant.id, version: grant.version, condition: null });
    expect(await caller.companies.count({})).toEqual({ count: await projectCount("company") });

    await admin.roles.unassign({
      roleId: role.id,
      employeeId: rep.id,
      version: assignment.version,
    });
    // Back to the Employee default: their own companies, of which a new employee has none.
    expect(await caller.companies.count({})).toEqual({ count: 0 });
  });

  it("ends a role at its assignment's expiry, and changes the expiry at the assignment's version", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const role = await seededRole(getDb(), "crm_marketeer");
    await expectRefusal(
      admin.roles.assign({
        roleId: role.id,
        employeeId: rep.id,
        // An hour ago: the caller's clock was read when it was made, seconds ago on a busy machine.
        expiresAt: new Date(Date.now() - 3_600_000),
      }),
      "BAD_REQUEST",
      /expiresAt: give a moment in the future/,
    );
    const until = new Date(Date.now() + 86_400_000);
    const assignment = await admin.roles.assign({
      roleId: role.id,
      employeeId: rep.id,
      expiresAt: until,
    });
    const all = { count: await projectCount("company") };
    const dayAfter = { now: new Date(until.getTime() + 86_400_000) };
    expect(await (await callerFor(getDb(), rep.email)).companies.count({})).toEqual(all);
    // Past the expiry the role counts for nothing: back to their own companies, none.
    expect(await (await callerFor(getDb(), rep.email, dayAfter)).companies.count({})).toEqual({
      count: 0,
    });

    await expectRefusal(
      admin.roles.assign({ roleId: role.id, employeeId: rep.id }),
      "CONFLICT",
      /already holds role crm_marketeer until .*send the assignment's version/,
    );
    const forever = await admin.roles.assign({
      roleId: role.id,
      employeeId: rep.id,
      expiresAt: null,
      version: assignment.version,
    });
    expect(forever).toMatchObject({ expiresAt: null, version: 2 });
    expect(await lastAudit(getDb(), rep.id, "assign_role")).toMatchObject({
      before: containing({ expiresAt: until.toISOString() }),
      after: containing({ expiresAt: null, roleName: "crm_marketeer" }),
    });
    expect(await (await callerFor(getDb(), rep.email, dayAfter)).companies.count({})).toEqual(all);
  });
});

describe("roles: the read-only admin (D5)", () => {
  it("reads roles, groups and overrides but changes nothing", async () => {
    const auditor = await callerFor(getDb(), "auditor");
    const ivanova = await findPersona(getDb(), "ivanova");
    const director = await seededRole(getDb(), "director");
    const group = await getDb().crmGroup.findFirstOrThrow({
      where: { project: { slug: DEMO_B2B } },
    });
    expect((await auditor.roles.list({})).length).toBeGreaterThan(20);
    expect((await auditor.groups.get({ id: group.id })).members.length).toBeGreaterThan(0);
    await auditor.roles.listOverrides({ employeeId: ivanova.id });

    const before = await accessSnapshot(getDb());
    const attempts = [
      () => auditor.roles.create({ name: "Mine" }),
      () => auditor.roles.clone({ templateKey: "director", name: "Mine" }),
      () => auditor.roles.update({ id: director.id, version: director.version, name: "Boss" }),
      () =>
        auditor.roles.addGrant({
          roleId: director.id,
          resource: "deal",
          action: "view",
          scope: "own",
        }),
      () => auditor.roles.assign({ roleId: director.id, employeeId: ivanova.id }),
      () =>
        auditor.roles.addOverride({
          employeeId: ivanova.id,
          resource: "deal",
          action: "view",
          effect: "deny",
        }),
      () => auditor.roles.delete({ id: director.id, version: director.version }),
      () => auditor.groups.create({ name: "Mine", managerIds: [ivanova.id] }),
      () =>
        auditor.groups.setMember({ groupId: group.id, employeeId: ivanova.id, isManager: true }),
      () =>
        auditor.groups.addGrant({
          groupId: group.id,
          resource: "deal",
          action: "view",
          scope: "project",
        }),
    ];
    for (const attempt of attempts) {
      const refusal = await expectRefusal(attempt(), "FORBIDDEN");
      expect(refusal).toMatchObject({ details: { rule: "read-only" } });
    }
    expect(await accessSnapshot(getDb())).toEqual(before);
  });
});
