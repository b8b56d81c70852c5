import { describe, expect, it } from "vitest";

import { callerFor, DEMO_B2B, findPersona, useSeededDatabase } from "../../testing/personas";
import { accessSnapshot, createRep, expectRefusal, seededRole } from "./roles-test-kit";

const getDb = useSeededDatabase();

// PERMISSIONS.md step 5: changing one's own roles or overrides, or an Admin's, is refused to
// everyone but an Admin, whatever their grants. The Director has every right on settings.roles.

async function expectProtected(call: Promise<unknown>, rule: "change-own-access" | "change-admin") {
  const refusal = await expectRefusal(call, "FORBIDDEN", /only an Admin may change/);
  expect(refusal).toMatchObject({ details: { rule } });
}

describe("roles: protected operations (step 5)", () => {
  it("refuses the Director changes to their own roles and overrides, and changes nothing", async () => {
    const director = await callerFor(getDb(), "director");
    const me = await findPersona(getDb(), "director");
    const directorRole = await seededRole(getDb(), "director");
    const marketeer = await seededRole(getDb(), "crm_marketeer");
    const mine = await getDb().roleAssignment.findFirstOrThrow({
      where: { employeeId: me.id, roleId: directorRole.id },
    });
    const myOverride = await getDb().permissionOverride.create({
      data: { employeeId: me.id, resource: "invoice", action: "delete", effect: "deny" },
    });

    const before = await accessSnapshot(getDb());
    const own = [
      () => director.roles.assign({ roleId: marketeer.id, employeeId: me.id }),
      () =>
        director.roles.unassign({
          roleId: directorRole.id,
          employeeId: me.id,
          version: mine.version,
        }),
      () =>
        director.roles.addOverride({
          employeeId: me.id,
          resource: "deal",
          action: "view",
          effect: "allow",
        }),
      () => director.roles.removeOverride({ id: myOverride.id, version: myOverride.version }),
      // The Director role is theirs: widening or narrowing it changes their own access.
      () =>
        director.roles.addGrant({
          roleId: directorRole.id,
          resource: "deal",
          action: "view",
          scope: "own",
        }),
      () =>
        director.roles.setFieldRule({
          roleId: directorRole.id,
          resource: "company",
          field: "phone",
          access: "hidden",
        }),
      () =>
        director.roles.update({
          id: directorRole.id,
          version: directorRole.version,
          readOnly: true,
        }),
    ];
    for (const call of own) await expectProtected(call(), "change-own-access");
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("refuses the Director changes to the Admin's roles and overrides", async () => {
    const director = await callerFor(getDb(), "director");
    const admin = await findPersona(getDb(), "admin");
    const adminRole = await seededRole(getDb(), "admin");
    const tester = await seededRole(getDb(), "tester");
    const grant = await getDb().grant.findFirstOrThrow({ where: { roleId: adminRole.id } });

    const before = await accessSnapshot(getDb());
    const onAdmin = [
      () => director.roles.assign({ roleId: tester.id, employeeId: admin.id }),
      () =>
        director.roles.addOverride({
          employeeId: admin.id,
          resource: "deal",
          action: "view",
          effect: "deny",
        }),
      () => director.roles.removeGrant({ id: grant.id, version: grant.version }),
      () => director.roles.updateGrant({ id: grant.id, version: grant.version, scope: "none" }),
    ];
    for (const call of onAdmin) await expectProtected(call(), "change-admin");
    expect(await accessSnapshot(getDb())).toEqual(before);
  });

  it("lets the Director change other employees' roles and overrides, and roles no Admin holds", async () => {
    const director = await callerFor(getDb(), "director");
    const rep = await createRep(getDb());
    const marketeer = await seededRole(getDb(), "crm_marketeer");
    const assignment = await director.roles.assign({ roleId: marketeer.id, employeeId: rep.id });
    const override = await director.roles.addOverride({
      employeeId: rep.id,
      resource: "company",
      action: "export",
      effect: "deny",
    });
    const grant = await director.roles.addGrant({
      roleId: marketeer.id,
      resource: "settings.pipeline",
      action: "view",
      scope: "project",
    });
    await director.roles.removeGrant({ id: grant.id, version: grant.version });
    await director.roles.removeOverride({ id: override.id, version: override.version });
    await director.roles.unassign({
      roleId: marketeer.id,
      employeeId: rep.id,
      version: assignment.version,
    });
    expect(await getDb().roleAssignment.count({ where: { employeeId: rep.id } })).toBe(0);
  });

  it("keeps a non-Admin role administrator from widening a role they hold (no escalation)", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const crmAdmin = await seededRole(getDb(), "crm_admin");
    await admin.roles.assign({ roleId: crmAdmin.id, employeeId: rep.id });
    const caller = await callerFor(getDb(), rep.email);

    await expectProtected(
      caller.roles.addGrant({
        roleId: crmAdmin.id,
        resource: "settings.security",
        action: "edit",
        scope: "project",
      }),
      "change-own-access",
    );
    // A role they do not hold, given to someone else, is theirs to change.
    const colleague = await createRep(getDb());
    const role = await caller.roles.clone({ templateKey: "crm_sales", name: "Sales (night)" });
    await caller.roles.assign({ roleId: role.id, employeeId: colleague.id });
    const widened = await caller.roles.addGrant({
      roleId: role.id,
      resource: "settings.pipeline",
      action: "view",
      scope: "project",
    });
    expect(widened).toMatchObject({ resource: "settings.pipeline", scope: "project" });
  });

  it("lets an Admin change their own roles and overrides, and the Admin role", async () => {
    const admin = await callerFor(getDb(), "admin");
    const me = await findPersona(getDb(), "admin");
    const tester = await seededRole(getDb(), "tester");
    const adminRole = await seededRole(getDb(), "admin");
    const assignment = await admin.roles.assign({ roleId: tester.id, employeeId: me.id });
    await admin.roles.unassign({
      roleId: tester.id,
      employeeId: me.id,
      version: assignment.version,
    });
    const override = await admin.roles.addOverride({
      employeeId: me.id,
      resource: "invoice",
      action: "export",
      effect: "deny",
    });
    await admin.roles.removeOverride({ id: override.id, version: override.version });
    const rule = await admin.roles.setFieldRule({
      roleId: adminRole.id,
      resource: "company",
      field: "vatId",
      access: "read",
    });
    await admin.roles.removeFieldRule({ id: rule.id, version: rule.version });
  });

  it("keeps an Admin from making themselves read-only; another Admin may be given the role", async () => {
    const admin = await callerFor(getDb(), "admin");
    const me = await findPersona(getDb(), "admin");
    const readOnly = await seededRole(getDb(), "crm_read_admin");
    const refusal = await expectRefusal(
      admin.roles.assign({ roleId: readOnly.id, employeeId: me.id }),
      "FORBIDDEN",
      /read-only: holding it, you could change nothing/,
    );
    expect(refusal).toMatchObject({ details: { rule: "read-only-self" } });
    const adminRole = await seededRole(getDb(), "admin");
    await expectRefusal(
      admin.roles.update({ id: adminRole.id, version: adminRole.version, readOnly: true }),
      "FORBIDDEN",
      /read-only/,
    );

    const second = await admin.employees.create({
      name: "Second Admin",
      email: `admin-${crypto.randomUUID()}@example.test`,
      password: "a-long-first-password",
      userType: "admin",
      managerId: null,
    });
    await admin.roles.assign({ roleId: readOnly.id, employeeId: second.id });
  });

  it("answers an employee of another project as missing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const tester = await seededRole(getDb(), "tester");
    const elsewhere = await getDb().employee.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" }, userType: "employee" },
    });
    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.roles.assign({ roleId: tester.id, employeeId: elsewhere.id }),
      "NOT_FOUND",
      /No employee of this project/,
    );
    await expectRefusal(admin.roles.listOverrides({ employeeId: elsewhere.id }), "NOT_FOUND");
    await expectRefusal(
      admin.roles.addOverride({
        employeeId: elsewhere.id,
        resource: "deal",
        action: "view",
        effect: "deny",
      }),
      "NOT_FOUND",
    );
    const theirOverride = await getDb().permissionOverride.findFirst({
      where: { employee: { project: { slug: "charter-b2c" } } },
    });
    if (theirOverride) {
      await expectRefusal(
        admin.roles.removeOverride({ id: theirOverride.id, version: theirOverride.version }),
        "NOT_FOUND",
      );
    }
    expect(await accessSnapshot(getDb())).toEqual(before);
    expect(DEMO_B2B).toBe("charter-b2b");
  });
});
