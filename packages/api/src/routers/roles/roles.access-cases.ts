import type { Action } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { ownerOf, settingsRow, uniqueName } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/**
 * A new Employee of the owner's project, under the owner's manager: the one whose access the
 * cases change, so no seeded persona's rights (and no other router's matrix) move.
 */
export async function newEmployeeOf(db: PrismaClient, ownerName: string) {
  const owner = await ownerOf(db, ownerName);
  const user = await db.user.create({
    data: {
      email: `access-${crypto.randomUUID()}@example.test`,
      name: "Matrix",
      passwordHash: "-",
    },
  });
  const employee = await db.employee.create({
    data: {
      projectId: owner.projectId,
      userId: user.id,
      name: `Matrix employee of ${ownerName}`,
      userType: "employee",
      managerId: owner.managerId,
    },
  });
  return { projectId: owner.projectId, id: employee.id };
}

/** A role held by a new employee (`responsibleId`), with one grant and one field rule. */
const heldRoleFixture: TFixtureFactory = async (db, ownerName) => {
  const holder = await newEmployeeOf(db, ownerName);
  const role = await db.role.create({
    data: {
      projectId: holder.projectId,
      name: uniqueName(),
      grants: { create: { resource: "company", action: "view", scope: "own" } },
      fieldRules: { create: { resource: "deal", field: "amount", access: "read" } },
      assignments: { create: { employeeId: holder.id } },
    },
  });
  return settingsRow(role, holder.id);
};

/** A role no one holds, and a new employee (`responsibleId`) to give it to. */
const freeRoleFixture: TFixtureFactory = async (db, ownerName) => {
  const holder = await newEmployeeOf(db, ownerName);
  const role = await db.role.create({ data: { projectId: holder.projectId, name: uniqueName() } });
  return settingsRow(role, holder.id);
};

/** The grant of a role the owner holds (`parentId`: the role). */
const grantFixture: TFixtureFactory = async (db, ownerName) => {
  const role = await heldRoleFixture(db, ownerName);
  const grant = await db.grant.findFirstOrThrow({ where: { roleId: role.id } });
  return settingsRow(grant, role.responsibleId, role.id);
};

const fieldRuleFixture: TFixtureFactory = async (db, ownerName) => {
  const role = await heldRoleFixture(db, ownerName);
  const rule = await db.fieldRule.findFirstOrThrow({ where: { roleId: role.id } });
  return settingsRow(rule, role.responsibleId, role.id);
};

/** A new employee's assignment of a role (`id`: the role, `version`: the assignment's). */
const assignmentFixture: TFixtureFactory = async (db, ownerName) => {
  const role = await heldRoleFixture(db, ownerName);
  const assignment = await db.roleAssignment.findFirstOrThrow({ where: { roleId: role.id } });
  return { ...role, version: assignment.version };
};

/** A new employee's override (`responsibleId`: the employee). */
const overrideFixture: TFixtureFactory = async (db, ownerName) => {
  const holder = await newEmployeeOf(db, ownerName);
  const override = await db.permissionOverride.create({
    data: { employeeId: holder.id, resource: "deal", action: "export", effect: "deny" },
  });
  return settingsRow(override, holder.id);
};

// Roles and overrides are settings, judged on the resource. The employees whose access
// changes here are neither Admins nor the persona acting, so step 5 never refuses; its
// refusals (oneself, an Admin) are proved in roles-protected.test.ts.
const roles = (action: Action, fixture: TFixtureFactory | undefined, fresh: boolean) =>
  ({ action, resource: "settings.roles", judge: "reach", fixture, fresh }) as const;

export const ROLE_CASES: TAccessCases = {
  "roles.list": { ...roles("view", undefined, false), call: (caller) => caller.roles.list({}) },
  "roles.get": {
    ...roles("view", heldRoleFixture, false),
    call: (caller, role) => caller.roles.get({ id: role.id }),
  },
  "roles.holders": {
    ...roles("view", heldRoleFixture, false),
    call: (caller, role) => caller.roles.holders({ roleId: role.id }),
  },
  "roles.create": {
    ...roles("create", undefined, false),
    call: (caller) => caller.roles.create({ name: uniqueName() }),
  },
  "roles.update": {
    ...roles("edit", heldRoleFixture, true),
    call: (caller, role) =>
      caller.roles.update({ id: role.id, version: role.version, description: "Matrix" }),
  },
  "roles.clone": {
    ...roles("create", undefined, false),
    call: (caller) => caller.roles.clone({ templateKey: "telephonist", name: uniqueName() }),
  },
  "roles.delete": {
    ...roles("delete", freeRoleFixture, true),
    call: (caller, role) => caller.roles.delete({ id: role.id, version: role.version }),
  },
  "roles.addGrant": {
    ...roles("edit", heldRoleFixture, true),
    call: (caller, role) =>
      caller.roles.addGrant({ roleId: role.id, resource: "deal", action: "view", scope: "own" }),
  },
  "roles.updateGrant": {
    ...roles("edit", grantFixture, true),
    call: (caller, grant) =>
      caller.roles.updateGrant({ id: grant.id, version: grant.version, scope: "subordinates" }),
  },
  "roles.removeGrant": {
    ...roles("edit", grantFixture, true),
    call: (caller, grant) => caller.roles.removeGrant({ id: grant.id, version: grant.version }),
  },
  "roles.setFieldRule": {
    ...roles("edit", heldRoleFixture, true),
    call: (caller, role) =>
      caller.roles.setFieldRule({
        roleId: role.id,
        resource: "company",
        field: "phone",
        access: "hidden",
      }),
  },
  "roles.removeFieldRule": {
    ...roles("edit", fieldRuleFixture, true),
    call: (caller, rule) => caller.roles.removeFieldRule({ id: rule.id, version: rule.version }),
  },
  "roles.assign": {
    ...roles("edit", freeRoleFixture, true),
    call: (caller, role) =>
      caller.roles.assign({ roleId: role.id, employeeId: role.responsibleId }),
  },
  "roles.unassign": {
    ...roles("edit", assignmentFixture, true),
    call: (caller, role) =>
      caller.roles.unassign({
        roleId: role.id,
        employeeId: role.responsibleId,
        version: role.version,
      }),
  },
  "roles.listOverrides": {
    ...roles("view", overrideFixture, false),
    call: (caller, override) => caller.roles.listOverrides({ employeeId: override.responsibleId }),
  },
  "roles.addOverride": {
    ...roles("edit", freeRoleFixture, false),
    call: (caller, fixture) =>
      caller.roles.addOverride({
        employeeId: fixture.responsibleId,
        resource: "invoice",
        action: "export",
        effect: "deny",
        note: "Matrix",
      }),
  },
  "roles.removeOverride": {
    ...roles("edit", overrideFixture, true),
    call: (caller, override) =>
      caller.roles.removeOverride({ id: override.id, version: override.version }),
  },
};
