import type { Action } from "@charter/core/engine";

import { settingsRow, uniqueName } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";
import { newEmployeeOf } from "../roles/roles.access-cases";

/**
 * A group managed by one new employee (`parentId`), with another (`responsibleId`) as a plain
 * member and one grant: removing the member never removes the last manager, and no seeded
 * persona's rights move.
 */
const groupFixture: TFixtureFactory = async (db, ownerName) => {
  const manager = await newEmployeeOf(db, ownerName);
  const member = await newEmployeeOf(db, ownerName);
  const group = await db.crmGroup.create({
    data: {
      projectId: member.projectId,
      name: uniqueName(),
      members: {
        create: [
          { employeeId: manager.id, isManager: true },
          { employeeId: member.id, isManager: false },
        ],
      },
      grants: { create: { resource: "contact", action: "view", scope: "department" } },
    },
  });
  return settingsRow(group, member.id, manager.id);
};

const groupGrantFixture: TFixtureFactory = async (db, ownerName) => {
  const group = await groupFixture(db, ownerName);
  const grant = await db.grant.findFirstOrThrow({ where: { groupId: group.id } });
  return settingsRow(grant, group.responsibleId, group.id);
};

// Groups are settings under settings.roles, judged on the resource.
const groups = (action: Action, fixture: TFixtureFactory | undefined, fresh: boolean) =>
  ({ action, resource: "settings.roles", judge: "reach", fixture, fresh }) as const;

export const GROUP_CASES: TAccessCases = {
  "groups.list": { ...groups("view", undefined, false), call: (caller) => caller.groups.list({}) },
  "groups.get": {
    ...groups("view", groupFixture, false),
    call: (caller, group) => caller.groups.get({ id: group.id }),
  },
  "groups.create": {
    ...groups("create", groupFixture, false),
    call: (caller, group) =>
      caller.groups.create({ name: uniqueName(), managerIds: [group.responsibleId] }),
  },
  "groups.update": {
    ...groups("edit", groupFixture, true),
    call: (caller, group) =>
      caller.groups.update({ id: group.id, version: group.version, description: "Matrix" }),
  },
  "groups.delete": {
    ...groups("delete", groupFixture, true),
    call: (caller, group) => caller.groups.delete({ id: group.id, version: group.version }),
  },
  "groups.setMember": {
    ...groups("edit", groupFixture, true),
    call: (caller, group) =>
      caller.groups.setMember({
        groupId: group.id,
        employeeId: group.responsibleId,
        isManager: true,
      }),
  },
  "groups.removeMember": {
    ...groups("edit", groupFixture, true),
    call: (caller, group) =>
      caller.groups.removeMember({ groupId: group.id, employeeId: group.responsibleId }),
  },
  "groups.addGrant": {
    ...groups("edit", groupFixture, true),
    call: (caller, group) =>
      caller.groups.addGrant({
        groupId: group.id,
        resource: "activity",
        action: "view",
        scope: "department",
      }),
  },
  "groups.updateGrant": {
    ...groups("edit", groupGrantFixture, true),
    call: (caller, grant) =>
      caller.groups.updateGrant({ id: grant.id, version: grant.version, scope: "project" }),
  },
  "groups.removeGrant": {
    ...groups("edit", groupGrantFixture, true),
    call: (caller, grant) => caller.groups.removeGrant({ id: grant.id, version: grant.version }),
  },
};
