import { ROLE_TEMPLATES } from "@charter/core/templates";
import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import {
  accessSnapshot,
  containing,
  createRep,
  expectRefusal,
  including,
  lastAudit,
  seededRole,
} from "./roles-test-kit";

const getDb = useSeededDatabase();

describe("roles: definitions (D2)", () => {
  it("lists the project's copies of the 21 templates, each with how many employees hold it", async () => {
    const admin = await callerFor(getDb(), "admin");
    const roles = await admin.roles.list({});
    const copies = roles.filter((role) => role.templateKey !== null);
    expect(copies.map((role) => role.templateKey).sort()).toEqual(
      ROLE_TEMPLATES.map((template) => template.key).sort(),
    );
    expect(ROLE_TEMPLATES).toHaveLength(21);
    const salesRep = roles.find((role) => role.templateKey === "sales_representative");
    // Ivanova and Horáková hold it in the B2B project; the B2C project's holders are not counted.
    expect(salesRep?.holderCount).toBe(2);
    expect(roles.find((role) => role.templateKey === "tester")?.holderCount).toBe(0);
  });

  it("gets a role with its grants, field rules and holder count; holders lists who", async () => {
    const admin = await callerFor(getDb(), "admin");
    const telephonist = await seededRole(getDb(), "telephonist");
    const role = await admin.roles.get({ id: telephonist.id });
    expect(role.fieldRules).toEqual([
      containing({ resource: "deal", field: "amount", access: "hidden" }),
    ]);
    expect(role.grants.length).toBeGreaterThan(10);
    expect(role.holderCount).toBe(1);
    expect(role).not.toHaveProperty("holders");
    const holders = await admin.roles.holders({ roleId: telephonist.id });
    expect(holders.items.map((holder) => holder.name)).toEqual(["Tomáš Černý"]);
    expect(holders.items[0]).toMatchObject({ active: true, expiresAt: null, userType: "employee" });
    expect(holders).toMatchObject({ total: 1, nextCursor: null });
  });

  it("counts an expired assignment as held by no one, but still shows it", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const role = await admin.roles.create({ name: "Summer help" });
    await admin.roles.assign({
      roleId: role.id,
      employeeId: rep.id,
      expiresAt: new Date(Date.now() + 1_000),
    });
    await getDb().roleAssignment.updateMany({
      where: { roleId: role.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const read = await admin.roles.get({ id: role.id });
    expect(read.holderCount).toBe(0);
    const holders = await admin.roles.holders({ roleId: role.id });
    expect(holders.items).toEqual([containing({ employeeId: rep.id, active: false })]);
  });

  it("creates and renames a role, audited with before and after; a stale version changes nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const created = await admin.roles.create({ name: "Key account manager", description: "KAM" });
    expect(created).toMatchObject({ version: 1, readOnly: false, templateKey: null, grants: [] });
    expect(await lastAudit(getDb(), created.id, "create")).toMatchObject({
      resource: "settings.roles",
      after: containing({ name: "Key account manager" }),
    });

    const renamed = await admin.roles.update({
      id: created.id,
      version: created.version,
      name: "Key account lead",
    });
    expect(renamed).toMatchObject({ name: "Key account lead", description: "KAM", version: 2 });
    expect(await lastAudit(getDb(), created.id, "update")).toMatchObject({
      before: containing({ name: "Key account manager", version: 1 }),
      after: containing({ name: "Key account lead", version: 2 }),
    });

    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.roles.update({ id: created.id, version: created.version, name: "Too late" }),
      "CONFLICT",
      /changed this role/,
    );
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("refuses a name another role has, naming it", async () => {
    const admin = await callerFor(getDb(), "admin");
    await expectRefusal(admin.roles.create({ name: "Director" }), "CONFLICT", /name: "Director"/);
  });

  it("clones a template with its grants, field rules and read-only flag, and no holders", async () => {
    const admin = await callerFor(getDb(), "admin");
    const clone = await admin.roles.clone({
      templateKey: "telephonist",
      name: "Night telephonist",
    });
    const template = ROLE_TEMPLATES.find((entry) => entry.key === "telephonist");
    expect(clone).toMatchObject({ templateKey: "telephonist", readOnly: false, holderCount: 0 });
    await expect(admin.roles.holders({ roleId: clone.id })).resolves.toEqual({
      total: 0,
      items: [],
      nextCursor: null,
    });
    expect(clone.grants).toHaveLength(template?.grants.length ?? -1);
    expect(clone.fieldRules).toEqual([
      containing({ resource: "deal", field: "amount", access: "hidden" }),
    ]);

    const readOnly = await admin.roles.clone({ templateKey: "crm_read_admin", name: "Auditors 2" });
    expect(readOnly.readOnly).toBe(true);
    expect(await lastAudit(getDb(), clone.id, "clone")).toMatchObject({
      after: containing({ clonedFrom: { templateKey: "telephonist" } }),
    });
  });

  it("clones a project role as edited, conditions included", async () => {
    const admin = await callerFor(getDb(), "admin");
    const pam = await seededRole(getDb(), "crm_pam");
    const source = await admin.roles.get({ id: pam.id });
    const extra = await admin.roles.addGrant({
      roleId: pam.id,
      resource: "interest",
      action: "view",
      scope: "department",
      condition: { op: "eq", path: "status", value: "new" },
    });
    const clone = await admin.roles.clone({ roleId: pam.id, name: "PAM (Brno)" });
    const words = (grants: typeof clone.grants) =>
      grants.map(({ resource, action, scope, condition }) => ({
        resource,
        action,
        scope,
        condition,
      }));
    expect(words(clone.grants)).toEqual(including(words([...source.grants, extra])));
    expect(clone.grants).toHaveLength(source.grants.length + 1);
    expect(clone.grants.some((grant) => grant.condition !== null)).toBe(true);
    expect(clone.templateKey).toBe("crm_pam");
    await admin.roles.removeGrant({ id: extra.id, version: extra.version });
  });

  it("refuses an unknown template and a role of another project as missing", async () => {
    const admin = await callerFor(getDb(), "admin");
    await expectRefusal(
      admin.roles.clone({ templateKey: "astronaut", name: "Space" }),
      "NOT_FOUND",
      /templateKey/,
    );
    const other = await getDb().role.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" }, templateKey: "director" },
    });
    await expectRefusal(admin.roles.clone({ roleId: other.id, name: "Stolen" }), "NOT_FOUND");
    await expectRefusal(admin.roles.get({ id: other.id }), "NOT_FOUND");
    await expectRefusal(
      admin.roles.update({ id: other.id, version: other.version, name: "Mine" }),
      "NOT_FOUND",
    );
    await expectRefusal(admin.roles.delete({ id: other.id, version: other.version }), "NOT_FOUND");
  });

  it("refuses to delete a role someone holds, naming them; deletes it once unassigned", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const role = await admin.roles.clone({ templateKey: "tester", name: "QA" });
    const assignment = await admin.roles.assign({ roleId: role.id, employeeId: rep.id });

    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.roles.delete({ id: role.id, version: role.version }),
      "CONFLICT",
      new RegExp(`held by 1 employee \\(${rep.name}\\)`),
    );
    expect(await accessSnapshot(getDb())).toEqual(before);

    await admin.roles.unassign({
      roleId: role.id,
      employeeId: rep.id,
      version: assignment.version,
    });
    await admin.roles.delete({ id: role.id, version: role.version });
    expect(await getDb().role.findUnique({ where: { id: role.id } })).toBeNull();
    expect(await getDb().grant.count({ where: { roleId: role.id } })).toBe(0);
    const entry = await lastAudit(getDb(), role.id, "delete");
    expect(entry.before).toMatchObject({ name: "QA", grants: including([]) });
  });

  it("answers the Administration user's view but not a change; an Employee sees nothing", async () => {
    const petrov = await callerFor(getDb(), "petrov");
    const ivanova = await callerFor(getDb(), "ivanova");
    expect((await petrov.roles.list({})).length).toBeGreaterThan(20);
    await expectRefusal(petrov.roles.create({ name: "Mine" }), "FORBIDDEN");
    await expectRefusal(ivanova.roles.list({}), "FORBIDDEN");
    expect(await findPersona(getDb(), "petrov")).toMatchObject({ userType: "administration" });
  });
});
