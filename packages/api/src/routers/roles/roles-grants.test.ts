import { describe, expect, it } from "vitest";

import { callerFor, useSeededDatabase } from "../../testing/personas";
import { accessSnapshot, containing, createRep, expectRefusal, lastAudit } from "./roles-test-kit";

const getDb = useSeededDatabase();

async function newRole(name: string) {
  const admin = await callerFor(getDb(), "admin");
  return { admin, role: await admin.roles.create({ name }) };
}

describe("roles: grants are checked by the engine when saved", () => {
  it.each([
    [
      "an unknown resource",
      { resource: "dael" },
      /resource: Unknown resource "dael"; use one of company/,
    ],
    [
      "an unknown action",
      { action: "approve" },
      /action: Unknown action "approve"; use one of view/,
    ],
    ["an unknown scope", { scope: "team" }, /scope: Unknown scope "team"; use one of none/],
    [
      "a scope the resource cannot have",
      { resource: "settings.fields", scope: "own" },
      /scope: Scope "own" does not apply to settings.fields.*use none or project/,
    ],
    [
      "a condition path the catalogue does not know",
      { condition: { op: "eq", path: "partner.colour", value: "red" } },
      /condition.path: Unknown path "partner.colour" on deal.*Allowed: .*partner.responsibleId/,
    ],
    [
      "a path crossing two relations",
      { condition: { op: "eq", path: "partner.responsible.name", value: "x" } },
      /condition.path: Path "partner.responsible.name" crosses 2 relations/,
    ],
    [
      "an unknown variable",
      { condition: { op: "eq", path: "partner.responsibleId", value: "$boss" } },
      /condition.value: Unknown variable \$boss; use one of \$me/,
    ],
    [
      "a variable of the wrong kind",
      { condition: { op: "eq", path: "stageId", value: "$me" } },
      /condition.value: \$me is an employee id, but stageId is a stage id/,
    ],
    [
      "an unknown operator",
      { condition: { op: "like", path: "currency", value: "EUR" } },
      /condition.op: Unknown operator "like"/,
    ],
    [
      "a value of the wrong type",
      { condition: { op: "gt", path: "amount", value: "lots" } },
      /condition.value: "gt" needs a number, got "lots"/,
    ],
    [
      "a condition that is not an object",
      { condition: "always" },
      /condition: Expected a condition object/,
    ],
  ])(
    "refuses %s with INVALID_INPUT naming the field, and saves nothing",
    async (_what, change, message) => {
      const { admin, role } = await newRole(`Checked ${crypto.randomUUID()}`);
      const before = await accessSnapshot(getDb());
      const error = await expectRefusal(
        admin.roles.addGrant({
          roleId: role.id,
          resource: "deal",
          action: "edit",
          scope: "own",
          ...change,
        }),
        "BAD_REQUEST",
        message,
      );
      expect(error).toMatchObject({ appCode: "INVALID_INPUT" });
      expect(await accessSnapshot(getDb())).toEqual(before);
    },
  );

  it("reports every problem of a grant at once", async () => {
    const { admin, role } = await newRole("Many problems");
    await expectRefusal(
      admin.roles.addGrant({ roleId: role.id, resource: "dael", action: "approve", scope: "team" }),
      "BAD_REQUEST",
      /resource: .*; action: .*; scope: /,
    );
  });

  it("is backed by the database, which refuses unknown words too", async () => {
    const { role } = await newRole("Database check");
    await expect(
      getDb().grant.create({
        data: { roleId: role.id, resource: "dael", action: "view", scope: "own" },
      }),
    ).rejects.toThrow(/Grant_known_resource/);
  });

  it("saves a valid grant with its condition, audited; the same grant twice is refused", async () => {
    const { admin, role } = await newRole("Partner deals");
    const condition = { op: "eq", path: "partner.responsibleId", value: "$me" };
    const grant = await admin.roles.addGrant({
      roleId: role.id,
      resource: "deal",
      action: "edit",
      scope: "project",
      condition,
    });
    expect(grant).toMatchObject({ resource: "deal", action: "edit", scope: "project", condition });
    expect(await lastAudit(getDb(), role.id, "add_grant")).toMatchObject({
      resource: "settings.roles",
      after: containing({ id: grant.id, condition, role: "Partner deals" }),
    });
    await expectRefusal(
      admin.roles.addGrant({
        roleId: role.id,
        resource: "deal",
        action: "edit",
        scope: "project",
        // The same condition with its keys in another order is the same grant.
        condition: { value: "$me", path: "partner.responsibleId", op: "eq" },
      }),
      "CONFLICT",
      /already grants edit on deal at scope project/,
    );
  });

  it("changes a grant's scope and condition at its version; a stale version changes nothing", async () => {
    const { admin, role } = await newRole("Widening");
    const grant = await admin.roles.addGrant({
      roleId: role.id,
      resource: "company",
      action: "view",
      scope: "own",
    });
    const changed = await admin.roles.updateGrant({
      id: grant.id,
      version: grant.version,
      scope: "department",
      condition: { op: "eq", path: "isPartner", value: true },
    });
    expect(changed).toMatchObject({ scope: "department", version: 2 });
    expect(await lastAudit(getDb(), role.id, "update_grant")).toMatchObject({
      before: containing({ scope: "own", condition: null, version: 1 }),
      after: containing({ scope: "department", version: 2 }),
    });

    const before = await accessSnapshot(getDb());
    await expectRefusal(
      admin.roles.updateGrant({ id: grant.id, version: grant.version, scope: "project" }),
      "CONFLICT",
      /changed this grant/,
    );
    await expectRefusal(
      admin.roles.updateGrant({
        id: grant.id,
        version: changed.version,
        condition: { op: "eq", path: "isPartner", value: "yes" },
      }),
      "BAD_REQUEST",
      /condition.value: isPartner is a boolean/,
    );
    await expectRefusal(
      admin.roles.removeGrant({ id: grant.id, version: grant.version }),
      "CONFLICT",
    );
    expect(await accessSnapshot(getDb())).toEqual(before);

    const cleared = await admin.roles.updateGrant({
      id: grant.id,
      version: changed.version,
      condition: null,
    });
    expect(cleared.condition).toBeNull();
    await admin.roles.removeGrant({ id: cleared.id, version: cleared.version });
    expect(await getDb().grant.findUnique({ where: { id: grant.id } })).toBeNull();
    expect(await lastAudit(getDb(), role.id, "remove_grant")).toMatchObject({
      before: containing({ id: grant.id, scope: "department" }),
    });
  });

  it("answers a grant of a group, or of another project, as missing to the roles procedures", async () => {
    const admin = await callerFor(getDb(), "admin");
    const groupGrant = await getDb().grant.findFirstOrThrow({
      where: { group: { project: { slug: "charter-b2b" } } },
    });
    const otherProject = await getDb().grant.findFirstOrThrow({
      where: { role: { project: { slug: "charter-b2c" } } },
    });
    for (const grant of [groupGrant, otherProject]) {
      await expectRefusal(
        admin.roles.updateGrant({ id: grant.id, version: grant.version, scope: "project" }),
        "NOT_FOUND",
      );
      await expectRefusal(
        admin.roles.removeGrant({ id: grant.id, version: grant.version }),
        "NOT_FOUND",
      );
    }
  });
});

describe("roles: field rules (built-in field visibility per role)", () => {
  it("hides a field, changes the rule at its version, and removes it, each audited", async () => {
    const { admin, role } = await newRole("Receptionist");
    const rule = await admin.roles.setFieldRule({
      roleId: role.id,
      resource: "company",
      field: "phone",
      access: "hidden",
    });
    expect(rule).toMatchObject({ resource: "company", field: "phone", access: "hidden" });
    await expectRefusal(
      admin.roles.setFieldRule({
        roleId: role.id,
        resource: "company",
        field: "phone",
        access: "read",
      }),
      "CONFLICT",
      /already has a rule for company.phone \(hidden\); send its version/,
    );
    const changed = await admin.roles.setFieldRule({
      roleId: role.id,
      resource: "company",
      field: "phone",
      access: "read",
      version: rule.version,
    });
    expect(changed).toMatchObject({ id: rule.id, access: "read", version: 2 });
    expect(await lastAudit(getDb(), role.id, "set_field_rule")).toMatchObject({
      before: containing({ access: "hidden" }),
      after: containing({ access: "read" }),
    });
    await expectRefusal(
      admin.roles.removeFieldRule({ id: rule.id, version: rule.version }),
      "CONFLICT",
    );
    await admin.roles.removeFieldRule({ id: rule.id, version: changed.version });
    expect(await getDb().fieldRule.count({ where: { roleId: role.id } })).toBe(0);
    expect(await lastAudit(getDb(), role.id, "remove_field_rule")).toMatchObject({
      before: containing({ field: "phone", access: "read" }),
    });
  });

  it.each([
    [
      "a settings resource",
      { resource: "settings.roles", field: "name" },
      /resource: Field rules apply to the built-in fields of records/,
    ],
    [
      "an unknown field of a known resource",
      { resource: "company", field: "colour" },
      /field: Unknown field "colour" on company; use one of registrationNumber/,
    ],
    [
      "a field that identifies the record",
      { resource: "deal", field: "responsibleId" },
      /field: responsibleId identifies or places the record/,
    ],
  ])("refuses %s, naming the field", async (_what, rule, message) => {
    const { admin, role } = await newRole(`Rules ${crypto.randomUUID()}`);
    await expectRefusal(
      admin.roles.setFieldRule({ roleId: role.id, access: "hidden", ...rule }),
      "BAD_REQUEST",
      message,
    );
    expect(await getDb().fieldRule.count({ where: { roleId: role.id } })).toBe(0);
  });

  it("hides a company field from the role's holder at their next request", async () => {
    const admin = await callerFor(getDb(), "admin");
    const rep = await createRep(getDb());
    const role = await admin.roles.create({ name: "Phone-less reader" });
    await admin.roles.addGrant({
      roleId: role.id,
      resource: "company",
      action: "view",
      scope: "project",
    });
    await admin.roles.assign({ roleId: role.id, employeeId: rep.id });
    const caller = await callerFor(getDb(), rep.email);
    const [company] = (await caller.companies.list({ limit: 1 })).items;
    expect(company).toHaveProperty("phone");

    await admin.roles.setFieldRule({
      roleId: role.id,
      resource: "company",
      field: "phone",
      access: "hidden",
    });
    const [again] = (await caller.companies.list({ limit: 1 })).items;
    expect(again).not.toHaveProperty("phone");
  });
});
